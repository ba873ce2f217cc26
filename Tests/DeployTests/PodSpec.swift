@testable import CatalogFiles

/// The parts of a pod template that the tests look at, read from a Deployment's or Job's
/// `spec.template.spec`.
struct PodSpec {
    let spec: YAMLNode

    init?(of manifest: Manifest) {
        guard let spec = manifest.document["spec"]?["template"]?["spec"] else { return nil }
        self.spec = spec
    }

    var containers: [YAMLNode] { spec["containers"]?.items ?? [] }
    var volumes: [YAMLNode] { spec["volumes"]?.items ?? [] }

    /// The container's command line as Kubernetes runs it: `command` (or the image's entrypoint,
    /// `replykit`) followed by `args`.
    static func commandLine(of container: YAMLNode) -> [String] {
        let command = container["command"]?.strings ?? ["replykit"]
        return command + (container["args"]?.strings ?? [])
    }

    /// The value following `option` on a command line (`--port 8080` → "8080").
    static func value(of option: String, in arguments: [String]) -> String? {
        guard let index = arguments.firstIndex(of: option), index + 1 < arguments.count else { return nil }
        return arguments[index + 1]
    }

    /// The port number a probe or Service names, by number or by the container port's name.
    static func resolve(port: YAMLNode?, in container: YAMLNode) -> Int? {
        guard let port else { return nil }
        if let number = port.int { return number }
        let named = container["ports"]?.items.first { $0["name"]?.string == port.string }
        return named?["containerPort"]?.int
    }

    /// The volume mounted at `mountPath` in `container`, if any.
    func volume(mountedAt mountPath: String, in container: YAMLNode) -> YAMLNode? {
        let mount = container["volumeMounts"]?.items.first { $0["mountPath"]?.string == mountPath }
        guard let name = mount?["name"]?.string else { return nil }
        return volumes.first { $0["name"]?.string == name }
    }
}
