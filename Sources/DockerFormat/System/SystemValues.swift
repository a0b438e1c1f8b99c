public import EngineAPI
public import GoTemplate

/// `docker version --format` data: the CLI's version struct, client and server. `docker info
/// --format` walks the Engine's `types.Info` itself (see `GoValueEncoder`).
public enum SystemValues {
  public static func version(_ server: SystemVersion) -> TemplateValue {
    let component: (String) -> TemplateValue = { kind in
      .object(
        type: kind,
        fields: [
          TemplateField("Version", .string(server.version)),
          TemplateField("ApiVersion", .string(server.apiVersion)),
          TemplateField("GoVersion", .string(server.goVersion)),
          TemplateField("Os", .string(server.os)),
          TemplateField("Arch", .string(server.arch)),
        ])
    }
    return .object(
      type: "system.versionInfo",
      fields: [
        TemplateField("Client", component("system.clientVersion")),
        TemplateField("Server", component("*types.Version")),
      ])
  }
}
