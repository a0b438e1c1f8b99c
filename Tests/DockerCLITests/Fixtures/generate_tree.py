#!/usr/bin/env python3
"""Drafts the Swift command-tree data from the captured help fixtures (run by hand).

Argument rules and interspersion are not visible in help output, so they live in the
RULES table below (taken from docker/cli v20.10 and checked against the error fixtures).
"""
import os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
HELP = os.path.join(HERE, "help")

RULES = {
    "swarm init": ".none", "swarm join": ".exact(1)", "swarm join-token": ".exact(1)",
    "swarm leave": ".none", "swarm update": ".none", "swarm unlock": ".none",
    "swarm unlock-key": ".none", "swarm ca": ".none",
    "node demote": ".min(1)", "node inspect": ".min(1)", "node ls": ".none", "node promote": ".min(1)",
    "node ps": ".any", "node rm": ".min(1)", "node update": ".exact(1)",
    "service create": ".min(1)", "service inspect": ".min(1)", "service logs": ".exact(1)",
    "service ls": ".none", "service ps": ".min(1)", "service rm": ".min(1)",
    "service rollback": ".exact(1)", "service scale": ".scaleSpecs", "service update": ".exact(1)",
    "container ls": ".none", "container rm": ".min(1)", "container stop": ".min(1)",
    "container kill": ".min(1)", "container start": ".min(1)", "container restart": ".min(1)",
    "container logs": ".exact(1)", "container inspect": ".min(1)", "container exec": ".min(2)",
    "container run": ".min(1)", "container top": ".min(1)",
    "network connect": ".exact(2)", "network create": ".exact(1)", "network disconnect": ".exact(2)",
    "network inspect": ".min(1)", "network ls": ".none", "network prune": ".none", "network rm": ".min(1)",
    "stack deploy": ".exact(1)", "stack ls": ".none", "stack ps": ".exact(1)", "stack rm": ".min(1)",
    "stack services": ".exact(1)",
    "config create": ".exact(2)", "config inspect": ".min(1)", "config ls": ".none", "config rm": ".min(1)",
    "secret create": ".range(1, 2)", "secret inspect": ".min(1)", "secret ls": ".none", "secret rm": ".min(1)",
    "image ls": ".max(1)", "image pull": ".exact(1)", "image inspect": ".min(1)", "image rm": ".min(1)",
    "version": ".none", "info": ".none", "inspect": ".min(1)",
}
NOT_INTERSPERSED = {"service create", "container exec", "container run", "container top"}
SHORTCUTS = {"ps": "container ls", "rm": "container rm", "logs": "container logs", "exec": "container exec",
             "stop": "container stop", "kill": "container kill", "run": "container run",
             "start": "container start", "restart": "container restart", "top": "container top",
             "images": "image ls", "pull": "image pull", "rmi": "image rm"}
GROUPS = ["swarm", "node", "service", "container", "network", "stack", "config", "secret", "image"]
FLAG_RE = re.compile(r"^ +(?:-(\S), )?--([\w-]+)(?: (\S+))?(?:   *(.*))?$")


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def parse_help(name):
    text = open(os.path.join(HELP, name + ".txt")).read()
    sections, cur = {}, "head"
    for line in text.split("\n"):
        if line.endswith(":") and not line.startswith(" "):
            cur = line[:-1]
            sections[cur] = []
        else:
            sections.setdefault(cur, []).append(line)
    head = [l for l in sections["head"] if l]
    use = head[0][len("Usage:  docker "):] if head[0] != "Usage:  docker [OPTIONS] COMMAND" else ""
    desc = "\n".join(head[1:])
    aliases = []
    if "Aliases" in sections:
        aliases = [a.strip() for a in sections["Aliases"][0].split(",")][1:]
    flags = []
    for line in sections.get("Options", []):
        m = FLAG_RE.match(line)
        if m and re.match(r"^(  -\S, |      )--", line):
            short, long, typ, usage = m.groups()
            if typ is not None and usage is None:
                usage, typ = typ, None
            flags.append([long, short, typ or "", usage or ""])
        elif line.strip():
            if not flags: print("BAD", name, repr(line)); continue
            flags[-1][3] += " " + line.strip()
    out = []
    for long, short, typ, usage in flags:
        default = None
        m = re.search(r' \(default ("(?:[^"\\]|\\.)*"|[^ ()]+)\)$', usage)
        if m and (typ != "" or m.group(1) == "true"):
            if typ == "string" or typ == "strings":
                if m.group(1).startswith('"'):
                    default = m.group(1)[1:-1]
            else:
                default = m.group(1)
            if default is not None:
                usage = usage[: m.start()]
        out.append((long, short, typ, default, usage))
    subs = []
    for sec in ("Management Commands", "Commands"):
        for line in sections.get(sec, []):
            m = re.match(r"^  (\S+?)\*? +(.*)$", line)
            if m:
                subs.append((m.group(1), m.group(2), sec == "Management Commands"))
    return dict(use=use, desc=desc, aliases=aliases, flags=out, subs=subs)


def flag_swift(f, indent):
    long, short, typ, default, usage = f
    parts = [q(long)]
    if short:
        parts.append(q(short))
    if typ:
        parts.append("type: " + q(typ))
    if default is not None:
        parts.append("default: " + q(default))
    parts.append("usage: " + q(usage))
    return indent + "FlagSpec(" + ", ".join(parts) + "),"


def command_swift(path, indent, name_override=None):
    h = parse_help(path.replace(" ", "_"))
    key = path
    lines = [indent + "CommandSpec("]
    i = indent + "  "
    lines.append(i + "name: " + q(name_override or path.split(" ")[-1]) + ",")
    if h["aliases"]:
        lines.append(i + "aliases: [" + ", ".join(q(a) for a in h["aliases"]) + "],")
    lines.append(i + "use: " + q(h["use"]) + ",")
    lines.append(i + "short: " + q(h["desc"]) + ",")
    lines.append(i + "args: " + RULES[key] + ",")
    if key in NOT_INTERSPERSED:
        lines.append(i + "interspersed: false,")
    lines.append(i + "flags: [")
    for f in h["flags"]:
        lines.append(flag_swift(f, i + "  "))
    lines.append(i + "]),")
    return lines


def main():
    out_dir = sys.argv[1]
    for g in GROUPS:
        h = parse_help(g)
        title = g.capitalize()
        L = ["/// The `docker %s` command group, as the docker 20.10 client declares it." % g,
             "/// Drafted from Tests/DockerCLITests/Fixtures/help by generate_tree.py.",
             "extension CommandTree {", "  /// `docker %s` and its subcommands." % g,
             "  static let %s = CommandSpec(" % g, "    name: %s," % q(g), "    use: %s," % q(h["use"]),
             "    short: %s," % q(h["desc"])]
        if h["flags"]:
            L.append("    flags: [")
            L += [flag_swift(f, "      ") for f in h["flags"]]
            L.append("    ],")
        L.append("    subcommands: [")
        for name, short, _ in h["subs"]:
            path = g + " " + name
            if os.path.exists(os.path.join(HELP, path.replace(" ", "_") + ".txt")):
                L += command_swift(path, "      ")
            else:
                L.append("      .notSimulated(%s, short: %s)," % (q(name), q(short)))
        L += ["    ])", "}", ""]
        open(os.path.join(out_dir, title + "Commands.swift"), "w").write("\n".join(L))
    root = parse_help("docker")
    L = ["/// Top-level `docker` commands and shortcuts, as the docker 20.10 client declares them.",
         "/// Drafted from Tests/DockerCLITests/Fixtures/help by generate_tree.py.",
         "extension CommandTree {", "  /// Top-level commands in the order `docker --help` lists them.",
         "  static let topLevel: [CommandSpec] = ["]
    for name, short, mgmt in root["subs"]:
        if name in GROUPS:
            L.append("    %s," % name)
        elif name in SHORTCUTS:
            L.append("    shortcut(%s, of: %s, use: %s)," % (q(name), q(SHORTCUTS[name]), q(parse_help(name)["use"])))
        elif name in RULES:
            L += command_swift(name, "    ")
        else:
            L.append("    .notSimulated(%s, short: %s%s)," % (q(name), q(short), ", management: true" if mgmt else ""))
    L.append("  ]")
    L.append("")
    L.append("  /// Global options of the `docker` root command.")
    L.append("  static let globalFlags: [FlagSpec] = [")
    for f in root["flags"]:
        L.append(flag_swift(f, "    "))
    L += ["  ]", "}", ""]
    open(os.path.join(out_dir, "TopLevelCommands.swift"), "w").write("\n".join(L))


main()
