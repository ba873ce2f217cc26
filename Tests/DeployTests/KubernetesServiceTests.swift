import Testing

@testable import CatalogFiles

/// deploy/kubernetes: every manifest parses, and the render service's Deployment, Service,
/// HorizontalPodAutoscaler and PodDisruptionBudget fit together and fit `replykit serve`.
@Suite struct KubernetesServiceTests {
    /// Every kind in deploy/kubernetes, with the API version it must use.
    static let apiVersions: [String: String] = [
        "Deployment": "apps/v1",
        "Service": "v1",
        "HorizontalPodAutoscaler": "autoscaling/v2",
        "PodDisruptionBudget": "policy/v1",
        "Job": "batch/v1",
        "PersistentVolumeClaim": "v1",
        "Kustomization": "kustomize.config.k8s.io/v1beta1",
    ]

    @Test func everyManifestHasAKnownKindAndItsAPIVersion() throws {
        let manifests = try Manifest.all()
        #expect(
            manifests.map(\.kind).sorted() == [
                "Deployment", "HorizontalPodAutoscaler", "Job", "Job", "Kustomization", "Kustomization",
                "PersistentVolumeClaim", "PersistentVolumeClaim", "PodDisruptionBudget", "Service",
            ])
        for manifest in manifests {
            let expected = try #require(Self.apiVersions[manifest.kind], "unexpected kind in \(manifest.file)")
            #expect(manifest.apiVersion == expected, "\(manifest)")
            if manifest.kind != "Kustomization" {
                #expect(!manifest.name.isEmpty, "\(manifest.file): a \(manifest.kind) without metadata.name")
            }
        }
    }

    /// Each kustomization lists the manifests beside it, all but those applied on their own (the
    /// combine Job runs after the batch has finished).
    @Test(arguments: [
        ("deploy/kubernetes/service", ["deployment.yaml", "service.yaml", "hpa.yaml", "pdb.yaml"], []),
        ("deploy/kubernetes/batch", ["volumes.yaml", "job.yaml"], ["combine-job.yaml"]),
    ])
    func kustomizationListsItsManifests(directory: String, listed: [String], separate: [String]) throws {
        let kustomization = try YAMLNode.read(try Repository.read(directory + "/kustomization.yaml"))
        #expect(kustomization?["resources"]?.strings == listed)
        let files = try Repository.files(under: directory, endingWith: [".yaml", ".yml"])
        #expect(Set(files) == Set((listed + separate + ["kustomization.yaml"]).map { directory + "/" + $0 }))
    }

    @Test func theServerListensOnAllInterfacesOnItsContainerPort() throws {
        let pod = try #require(PodSpec(of: try Manifest.named("Deployment", "replykit")))
        let container = try #require(pod.containers.first)
        let arguments = PodSpec.commandLine(of: container)
        #expect(Array(arguments.prefix(2)) == ["replykit", "serve"])
        #expect(PodSpec.value(of: "--host", in: arguments) == "0.0.0.0")
        #expect(PodSpec.value(of: "--port", in: arguments) == "8080")
        #expect(PodSpec.value(of: "--catalog", in: arguments) == "/catalog")
        #expect(container["ports"]?.items.map { $0["containerPort"]?.int } == [8080])
    }

    @Test(arguments: [("readinessProbe", "/readyz"), ("livenessProbe", "/healthz"), ("startupProbe", "/healthz")])
    func probesAskTheServePort(probe: String, path: String) throws {
        let pod = try #require(PodSpec(of: try Manifest.named("Deployment", "replykit")))
        let container = try #require(pod.containers.first)
        let get = try #require(container[probe]?["httpGet"], "\(probe) is not an HTTP GET")
        #expect(get["path"]?.string == path)
        #expect(PodSpec.resolve(port: get["port"], in: container) == 8080)
    }

    @Test func theTokenComesFromASecretFileNamedByTokenFile() throws {
        let pod = try #require(PodSpec(of: try Manifest.named("Deployment", "replykit")))
        let container = try #require(pod.containers.first)
        let tokenFile = try #require(PodSpec.value(of: "--token-file", in: PodSpec.commandLine(of: container)))
        #expect(tokenFile == "/var/run/secrets/replykit/token")
        let volume = try #require(pod.volume(mountedAt: "/var/run/secrets/replykit", in: container))
        let secret = try #require(volume["secret"], "the token's volume is not a Secret")
        #expect(secret["secretName"]?.string == "replykit-token")
        #expect(secret["items"]?.items.map { $0["path"]?.string } == ["token"])
        let mount = container["volumeMounts"]?.items.first { $0["name"]?.string == volume["name"]?.string }
        #expect(mount?["readOnly"]?.bool == true)
    }

    @Test func theDeploymentRunsTwoOrMoreBoundedNonRootReplicas() throws {
        let deployment = try Manifest.named("Deployment", "replykit")
        #expect((deployment.document["spec"]?["replicas"]?.int ?? 0) >= 2)
        let pod = try #require(PodSpec(of: deployment))
        let container = try #require(pod.containers.first)
        for bound in ["requests", "limits"] {
            for resource in ["cpu", "memory"] {
                #expect(container["resources"]?[bound]?[resource]?.string != nil, "no resources.\(bound).\(resource)")
            }
        }
        #expect(pod.spec["securityContext"]?["runAsNonRoot"]?.bool == true)
        #expect(pod.spec["securityContext"]?["runAsUser"]?.int == 10001)
        let image = try #require(container["image"]?.string)
        #expect(image.contains(":") && !image.hasSuffix(":latest"), "image \(image) is not pinned to a tag")
    }

    @Test func theServiceSendsToTheContainerPortOfTheDeploymentsPods() throws {
        let deployment = try Manifest.named("Deployment", "replykit")
        let service = try Manifest.named("Service", "replykit")
        let container = try #require(PodSpec(of: deployment)?.containers.first)
        let podLabels = try #require(deployment.document["spec"]?["template"]?["metadata"]?["labels"]?.stringMap)
        let selector = try #require(service.document["spec"]?["selector"]?.stringMap)
        #expect(!selector.isEmpty)
        for (key, value) in selector {
            #expect(podLabels[key] == value, "the Service selects \(key)=\(value) that the pods lack")
        }
        let ports = service.document["spec"]?["ports"]?.items ?? []
        #expect(ports.count == 1)
        #expect(PodSpec.resolve(port: ports.first?["targetPort"], in: container) == 8080)
    }

    @Test func theAutoscalerScalesTheDeploymentOnCPU() throws {
        let autoscaler = try Manifest.named("HorizontalPodAutoscaler", "replykit").document
        let target = try #require(autoscaler["spec"]?["scaleTargetRef"])
        #expect(target["apiVersion"]?.string == "apps/v1")
        #expect(target["kind"]?.string == "Deployment")
        #expect(target["name"]?.string == "replykit")
        let minimum = try #require(autoscaler["spec"]?["minReplicas"]?.int)
        let maximum = try #require(autoscaler["spec"]?["maxReplicas"]?.int)
        #expect(minimum >= 2 && minimum < maximum)
        let metrics = autoscaler["spec"]?["metrics"]?.items ?? []
        #expect(metrics.map { $0["resource"]?["name"]?.string } == ["cpu"])
        #expect(metrics.first?["resource"]?["target"]?["type"]?.string == "Utilization")
    }

    @Test func theDisruptionBudgetCoversTheDeploymentsPods() throws {
        let budget = try Manifest.named("PodDisruptionBudget", "replykit").document
        let deployment = try Manifest.named("Deployment", "replykit").document
        let selector = try #require(budget["spec"]?["selector"]?["matchLabels"]?.stringMap)
        #expect(!selector.isEmpty)
        #expect(selector == deployment["spec"]?["selector"]?["matchLabels"]?.stringMap)
        #expect(budget["spec"]?["minAvailable"]?.int == 1)
    }
}
