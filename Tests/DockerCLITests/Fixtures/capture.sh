#!/bin/bash
# Captures real docker 20.10 `--help` outputs and parse-time errors as fixtures.
# Run by hand from this directory: DOCKER_HOST must point at a swarm manager so swarm
# commands are not hidden. Every error case fails before contacting the daemon's write APIs.
set -u
cd "$(dirname "$0")"
DOCKER=/usr/bin/docker
export DOCKER_HOST=${DOCKER_HOST:-unix:///tmp/real-swarm/docker.sock}
export COLUMNS=80

HELP_PATHS=(
  ""
  swarm "swarm init" "swarm join" "swarm join-token" "swarm leave" "swarm update" "swarm unlock" "swarm unlock-key" "swarm ca"
  node "node demote" "node inspect" "node ls" "node promote" "node ps" "node rm" "node update"
  service "service create" "service inspect" "service logs" "service ls" "service ps" "service rm" "service rollback" "service scale" "service update"
  container "container ls" "container rm" "container stop" "container kill" "container start" "container restart" "container logs" "container inspect" "container exec" "container run" "container top"
  network "network connect" "network create" "network disconnect" "network inspect" "network ls" "network prune" "network rm"
  stack "stack deploy" "stack ls" "stack ps" "stack rm" "stack services"
  config "config create" "config inspect" "config ls" "config rm"
  secret "secret create" "secret inspect" "secret ls" "secret rm"
  image "image ls" "image pull" "image inspect" "image rm"
  version info inspect
  ps rm logs exec stop kill run images pull start restart top rmi
)
for p in "${HELP_PATHS[@]}"; do
  name=${p// /_}; name=${name:-docker}
  # shellcheck disable=SC2086
  $DOCKER $p --help >"help/$name.txt" 2>/tmp/capture-err || echo "help for '$p' failed" >&2
  [ -s /tmp/capture-err ] && echo "help for '$p' wrote stderr" >&2
done

# name|arguments (split on spaces)
ERRORS=(
  "root_no_args|"
  "root_unknown|foo"
  "root_unknown_flag|--foo"
  "root_ps_debug_after|ps -D"
  "service_no_sub|service"
  "service_unknown_sub|service foo"
  "service_unknown_flag|service --foo"
  "node_no_sub|node"
  "swarm_no_sub|swarm"
  "service_create_no_args|service create"
  "service_create_unknown_flag|service create --foo x"
  "service_create_bad_replicas|service create --replicas abc --zzz x"
  "service_create_bad_duration|service create --update-delay 5x --zzz x"
  "service_create_bad_port|service create -p abc --zzz x"
  "service_create_missing_value|service create --replicas"
  "service_create_bad_bool|service create --detach=maybe --zzz x"
  "service_create_bad_shorthand|service create -z x"
  "service_scale_no_equals|service scale web"
  "service_scale_no_args|service scale"
  "service_logs_no_args|service logs"
  "service_logs_two_args|service logs a b"
  "service_ps_no_args|service ps"
  "service_update_no_args|service update"
  "service_rm_no_args|service rm"
  "service_inspect_no_args|service inspect"
  "service_rollback_no_args|service rollback"
  "service_ls_extra|service ls extra"
  "node_ls_extra|node ls extra"
  "node_update_no_args|node update"
  "node_rm_no_args|node rm"
  "node_promote_no_args|node promote"
  "swarm_join_token_no_args|swarm join-token"
  "swarm_join_token_bogus|swarm join-token bogus"
  "swarm_init_extra|swarm init extra"
  "swarm_join_no_args|swarm join"
  
  "container_ls_bad_last|container ls --last x"
  "container_ls_extra|container ls extra"
  "container_exec_one_arg|container exec x"
  "container_rm_no_args|container rm"
  "container_logs_no_args|container logs"
  "ps_extra|ps extra"
  "ps_bad_filter|ps --filter foo"
  "network_create_no_args|network create"
  "network_connect_one_arg|network connect a"
  "network_ls_extra|network ls extra"
  "stack_deploy_no_args|stack deploy"
  "stack_ps_no_args|stack ps"
  "stack_rm_no_args|stack rm"
  "config_create_one_arg|config create a"
  "secret_create_no_args|secret create"
  "secret_create_three_args|secret create a b c"
  "image_ls_two_args|image ls a b"
  "images_two_args|images a b"
  "version_extra|version extra"
  "info_extra|info extra"
  "inspect_no_args|inspect"
  "run_no_args|run"
  "exec_one_arg|exec x"
  "help_after_unknown_flag|service ls --foo --help"
  "unknown_flag_after_help|service ls --help --foo"
  "bundle_unknown|container ls -qz"
  "node_ls_bad_filter|node ls --filter foo"
)
for e in "${ERRORS[@]}"; do
  name=${e%%|*}; args=${e#*|}
  # shellcheck disable=SC2086
  $DOCKER $args >/tmp/capture-out 2>/tmp/capture-err
  rc=$?
  if [ -s /tmp/capture-out ]; then stream=stdout; src=/tmp/capture-out; else stream=stderr; src=/tmp/capture-err; fi
  [ -s /tmp/capture-out ] && [ -s /tmp/capture-err ] && echo "$name wrote both streams" >&2
  { echo "argv: $args"; echo "exit: $rc"; echo "stream: $stream"; echo "---"; cat "$src"; } >"errors/$name.txt"
done
