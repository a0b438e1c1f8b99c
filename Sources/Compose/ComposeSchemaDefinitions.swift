/// The compose file format 3.x as docker 20.10's schema describes it (the keys of 3.0 to 3.9;
/// SwarmLab does not tell the minor versions apart).
enum ComposeSchemaDefinitions {
  static let stringOrList: Shape = .oneOf([.string, .list(.string)])
  static let listOrDict: Shape = .oneOf([
    .dictionary(.types([.string, .number, .boolean, .null])), .list(.string),
  ])
  static let stringOrNumber: Shape = .types([.string, .number])

  static let fileReference: Shape = .oneOf([
    .string,
    .object([
      "source": .string, "target": .string, "uid": .string, "gid": .string, "mode": .number,
    ]),
  ])

  static let updateConfig: Shape = .object([
    "parallelism": .integer, "delay": .duration, "failure_action": .string,
    "monitor": .duration, "max_failure_ratio": .number, "order": .string,
  ])

  static let resource: Shape = .object([
    "cpus": .string, "memory": .string, "generic_resources": .list(.any),
  ])

  static let deploy: Shape = .nullable(
    .object([
      "mode": .string, "endpoint_mode": .string, "replicas": .integer, "labels": listOrDict,
      "rollback_config": updateConfig, "update_config": updateConfig,
      "resources": .object(["limits": resource, "reservations": resource]),
      "restart_policy": .object([
        "condition": .string, "delay": .duration, "max_attempts": .integer, "window": .duration,
      ]),
      "placement": .object([
        "constraints": .list(.string), "preferences": .list(.object(["spread": .string])),
        "max_replicas_per_node": .integer,
      ]),
    ]))

  static let healthcheck: Shape = .object([
    "disable": .boolean, "interval": .duration, "retries": .number, "test": stringOrList,
    "timeout": .duration, "start_period": .duration,
  ])

  static let port: Shape = .oneOf([
    .number, .string,
    .object([
      "mode": .string, "host_ip": .string, "target": .integer, "published": .integer,
      "protocol": .string,
    ]),
  ])

  static let volumeMount: Shape = .oneOf([
    .string,
    .object([
      "type": .string, "source": .string, "target": .string, "read_only": .boolean,
      "consistency": .string, "bind": .object(["propagation": .string]),
      "volume": .object(["nocopy": .boolean]), "tmpfs": .object(["size": .integer]),
    ]),
  ])

  static let serviceNetworks: Shape = .oneOf([
    .list(.string),
    .dictionary(
      .nullable(
        .object([
          "aliases": .list(.string), "ipv4_address": .string, "ipv6_address": .string,
        ]))),
  ])

  static let service: Shape = .object([
    "build": .oneOf([.string, .object([:], other: .any)]),
    "cap_add": .list(.string), "cap_drop": .list(.string), "cgroup_parent": .string,
    "command": stringOrList, "configs": .list(fileReference), "container_name": .string,
    "credential_spec": .object(["config": .string, "file": .string, "registry": .string]),
    "depends_on": .list(.string), "devices": .list(.string), "dns": stringOrList,
    "dns_search": stringOrList, "domainname": .string, "entrypoint": stringOrList,
    "env_file": stringOrList, "environment": listOrDict, "expose": .list(stringOrNumber),
    "external_links": .list(.string), "extra_hosts": listOrDict, "healthcheck": healthcheck,
    "hostname": .string, "image": .string, "init": .boolean, "ipc": .string,
    "isolation": .string, "labels": listOrDict, "links": .list(.string),
    "logging": .object(["driver": .string, "options": .dictionary(.any)]),
    "mac_address": .string, "network_mode": .string, "networks": serviceNetworks,
    "pid": .types([.string, .null]), "ports": .list(port), "privileged": .boolean,
    "read_only": .boolean, "restart": .string, "secrets": .list(fileReference),
    "security_opt": .list(.string), "shm_size": stringOrNumber, "sysctls": listOrDict,
    "stdin_open": .boolean, "stop_grace_period": .duration, "stop_signal": .string,
    "tmpfs": stringOrList, "tty": .boolean, "ulimits": .dictionary(.any), "user": .string,
    "userns_mode": .string, "volumes": .list(volumeMount), "working_dir": .string,
    "deploy": deploy,
  ])

  static let external: Shape = .oneOf([.boolean, .object(["name": .string])])

  static let network: Shape = .nullable(
    .object([
      "name": .string, "driver": .string, "driver_opts": .dictionary(stringOrNumber),
      "ipam": .object(["driver": .string, "config": .list(.object(["subnet": .string]))]),
      "external": external, "internal": .boolean, "attachable": .boolean, "labels": listOrDict,
    ]))

  static let volume: Shape = .nullable(
    .object([
      "name": .string, "driver": .string, "driver_opts": .dictionary(stringOrNumber),
      "external": external, "labels": listOrDict,
    ]))

  static let fileObject: Shape = .object([
    "name": .string, "file": .string, "external": external, "labels": listOrDict,
    "driver": .string, "driver_opts": .dictionary(stringOrNumber), "template_driver": .string,
  ])

  static let document: Shape = .object([
    "version": .string,
    "services": .dictionary(service),
    "networks": .dictionary(network),
    "volumes": .dictionary(volume),
    "secrets": .dictionary(fileObject),
    "configs": .dictionary(fileObject),
  ])
}
