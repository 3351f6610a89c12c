package org.eventline.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * The deployment files (deploy/kubernetes, deploy/compose.yaml, the Dockerfile) are read into typed
 * models and checked against each other and against the application's configuration. Each
 * Kubernetes document is bound to the fabric8 model of its kind, and a field the model does not
 * know (a typo, a wrong nesting) fails the test; the CloudNativePG Cluster, a custom resource, is
 * checked field by field.
 */
class DeploymentFilesTest {

    private static final Path KUBERNETES = Path.of("deploy/kubernetes");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
    private static final Map<String, Class<? extends HasMetadata>> MODELS = Map.of(
            "Deployment", Deployment.class,
            "Service", Service.class,
            "ConfigMap", ConfigMap.class,
            "Job", Job.class,
            "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "PodDisruptionBudget", PodDisruptionBudget.class);
    /** Runtime keys the manifests may set that application.properties leaves at Quarkus' default. */
    private static final Set<String> QUARKUS_RUNTIME_KEYS = Set.of("QUARKUS_INIT_AND_EXIT", "QUARKUS_DATASOURCE_JDBC_URL",
            "QUARKUS_DATASOURCE_REPLICA_JDBC_URL");

    private static final List<HasMetadata> RESOURCES = new ArrayList<>();
    private static JsonNode cluster;
    private static Properties application;

    @BeforeAll
    static void readFiles() throws IOException {
        try (Stream<Path> files = Files.list(KUBERNETES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                for (JsonNode document : documents(file)) {
                    String kind = document.path("kind").asText();
                    if (kind.equals("Cluster")) {
                        cluster = document;
                    } else {
                        assertTrue(MODELS.containsKey(kind), file + ": no model for kind " + kind);
                        RESOURCES.add(YAML.treeToValue(document, MODELS.get(kind)));
                    }
                }
            }
        }
        application = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            application.load(reader);
        }
    }

    @Test
    void everyManifestFieldIsKnownToTheKubernetesModelOfItsKind() {
        assertEquals(6, RESOURCES.size(), "Deployment, Service, ConfigMap, Job, HPA and PDB");
        for (HasMetadata resource : RESOURCES) {
            List<String> unknown = new ArrayList<>();
            collectUnknownFields(resource, resource.getKind() + "/" + resource.getMetadata().getName(), unknown,
                    new IdentityHashMap<>());
            assertTrue(unknown.isEmpty(), "fields the model does not know: " + unknown);
        }
    }

    @Test
    void theDeploymentRunsAtLeastTwoReplicasWithProbesOnTheHealthEndpoints() {
        Deployment deployment = one(Deployment.class);
        assertTrue(deployment.getSpec().getReplicas() >= 2);
        Container app = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals(8080, app.getPorts().get(0).getContainerPort());
        assertProbe(app.getStartupProbe(), "/q/health/started");
        assertProbe(app.getLivenessProbe(), "/q/health/live");
        assertProbe(app.getReadinessProbe(), "/q/health/ready");
        assertNotNull(app.getResources().getRequests().get("cpu"));
        assertNotNull(app.getResources().getRequests().get("memory"));
        assertNotNull(app.getResources().getLimits().get("memory"));
        assertTrue(deployment.getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot());
    }

    @Test
    void shutdownFitsInTheGracePeriodAfterThePreStopDelay() {
        Deployment deployment = one(Deployment.class);
        Container app = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        List<String> preStop = app.getLifecycle().getPreStop().getExec().getCommand();
        assertEquals("sleep", preStop.get(0));
        long preStopSeconds = Long.parseLong(preStop.get(1));
        long delay = duration("quarkus.shutdown.delay").toSeconds();
        long timeout = duration("quarkus.shutdown.timeout").toSeconds();
        assertEquals("true", application.getProperty("quarkus.shutdown.delay-enabled"));
        assertTrue(preStopSeconds >= delay, "the Service stops routing before readiness even goes down");
        assertTrue(preStopSeconds + delay + timeout < deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds(),
                "the pod must not be killed while requests are still finishing");
    }

    @Test
    void serviceAutoscalerAndDisruptionBudgetPointAtTheDeployment() {
        Deployment deployment = one(Deployment.class);
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        Service service = one(Service.class);
        assertTrue(podLabels.entrySet().containsAll(service.getSpec().getSelector().entrySet()));
        assertEquals("http", service.getSpec().getPorts().get(0).getTargetPort().getStrVal());
        assertEquals("http", deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getPorts().get(0).getName());
        HorizontalPodAutoscaler autoscaler = one(HorizontalPodAutoscaler.class);
        assertEquals("Deployment", autoscaler.getSpec().getScaleTargetRef().getKind());
        assertEquals(deployment.getMetadata().getName(), autoscaler.getSpec().getScaleTargetRef().getName());
        assertTrue(autoscaler.getSpec().getMinReplicas() >= 2);
        PodDisruptionBudget budget = one(PodDisruptionBudget.class);
        assertTrue(podLabels.entrySet().containsAll(budget.getSpec().getSelector().getMatchLabels().entrySet()));
        assertTrue(budget.getSpec().getMinAvailable().getIntVal() < deployment.getSpec().getReplicas());
    }

    @Test
    void theAppReachesTheCloudNativePgClusterThroughItsReadWriteServiceAndSecret() {
        assertNotNull(cluster, "database.yaml holds the CloudNativePG Cluster");
        assertEquals("postgresql.cnpg.io/v1", cluster.path("apiVersion").asText());
        assertEquals(3, cluster.path("spec").path("instances").asInt());
        String name = cluster.path("metadata").path("name").asText();
        String database = cluster.path("spec").path("bootstrap").path("initdb").path("database").asText();
        assertFalse(cluster.path("spec").path("storage").path("size").asText().isEmpty());
        String url = one(ConfigMap.class).getData().get("QUARKUS_DATASOURCE_JDBC_URL");
        assertEquals("jdbc:postgresql://" + name + "-rw:5432/" + database, url);
        // the reads a replica may serve go to the operator's read-only service
        assertEquals("jdbc:postgresql://" + name + "-ro:5432/" + database,
                one(ConfigMap.class).getData().get("QUARKUS_DATASOURCE_REPLICA_JDBC_URL"));
        for (Container container : containers()) {
            Set<String> secrets = container.getEnv().stream().filter(env -> env.getValueFrom() != null)
                    .map(env -> env.getValueFrom().getSecretKeyRef().getName()).collect(Collectors.toSet());
            assertEquals(Set.of(name + "-app"), secrets, "credentials come from the operator's app secret");
        }
    }

    @Test
    void migrationsRunOnceInTheJobAndNeverInTheReplicas() {
        assertEquals("false", one(ConfigMap.class).getData().get("QUARKUS_FLYWAY_MIGRATE_AT_START"));
        Container job = one(Job.class).getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, String> jobEnv = job.getEnv().stream().filter(env -> env.getValue() != null)
                .collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
        assertEquals("true", jobEnv.get("QUARKUS_FLYWAY_MIGRATE_AT_START"));
        assertEquals("true", jobEnv.get("QUARKUS_INIT_AND_EXIT"));
        Container app = one(Deployment.class).getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals(app.getImage(), job.getImage());
    }

    @Test
    void everyVariableTheManifestsAndComposeSetIsAConfigurationKeyOfTheApp() throws IOException {
        Set<String> known = application.stringPropertyNames().stream()
                .map(key -> key.replaceFirst("^%[a-z,]+\\.", ""))
                .map(DeploymentFilesTest::asEnvironmentVariable)
                .collect(Collectors.toSet());
        known.addAll(QUARKUS_RUNTIME_KEYS);
        List<String> used = new ArrayList<>(one(ConfigMap.class).getData().keySet());
        containers().forEach(container -> container.getEnv().forEach(env -> used.add(env.getName())));
        compose().path("services").path("eventline").path("environment").fieldNames().forEachRemaining(used::add);
        for (String variable : used) {
            assertTrue(known.contains(variable), variable + " is not a configuration key of the application");
        }
    }

    @Test
    void composeBuildsTheImageFromTheDockerfileAndWaitsForAHealthyDatabase() throws IOException {
        JsonNode services = compose().path("services");
        JsonNode app = services.path("eventline");
        Path context = Path.of("deploy").resolve(app.path("build").path("context").asText()).normalize();
        assertTrue(Files.exists(context.resolve(app.path("build").path("dockerfile").asText())));
        assertEquals("service_healthy", app.path("depends_on").path("postgres").path("condition").asText());
        assertFalse(services.path("postgres").path("healthcheck").isMissingNode());
        assertEquals("8080:8080", app.path("ports").get(0).asText());
        JsonNode environment = app.path("environment");
        assertEquals("jdbc:postgresql://postgres:5432/" + services.path("postgres").path("environment").path("POSTGRES_DB").asText(),
                environment.path("QUARKUS_DATASOURCE_JDBC_URL").asText());
        assertEquals(services.path("postgres").path("environment").path("POSTGRES_USER").asText(),
                environment.path("QUARKUS_DATASOURCE_USERNAME").asText());
        long grace = Duration.parse("PT" + app.path("stop_grace_period").asText().toUpperCase(Locale.ROOT)).toSeconds();
        assertTrue(grace > duration("quarkus.shutdown.delay").toSeconds() + duration("quarkus.shutdown.timeout").toSeconds());
    }

    @Test
    void theImageRunsAsANonRootUserOnPort8080WithAHealthCheck() throws IOException {
        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        assertTrue(dockerfile.contains("\nUSER 185\n"), "non-root user");
        assertTrue(dockerfile.contains("\nEXPOSE 8080\n"));
        assertTrue(dockerfile.contains("/q/health/ready"));
        assertTrue(dockerfile.contains("target/quarkus-app/quarkus-run.jar") || dockerfile.contains("target/quarkus-app/*.jar"));
        assertEquals(one(Deployment.class).getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser(), 185L);
    }

    private static void assertProbe(Probe probe, String path) {
        assertNotNull(probe, "probe on " + path);
        assertEquals(path, probe.getHttpGet().getPath());
        assertEquals("http", probe.getHttpGet().getPort().getStrVal());
    }

    private static Duration duration(String key) {
        return Duration.parse("PT" + application.getProperty(key).toUpperCase(Locale.ROOT));
    }

    private static String asEnvironmentVariable(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    private static List<Container> containers() {
        List<Container> containers = new ArrayList<>(one(Deployment.class).getSpec().getTemplate().getSpec().getContainers());
        containers.addAll(one(Job.class).getSpec().getTemplate().getSpec().getContainers());
        return containers;
    }

    private static <T extends HasMetadata> T one(Class<T> type) {
        List<T> found = RESOURCES.stream().filter(type::isInstance).map(type::cast).toList();
        assertEquals(1, found.size(), "one " + type.getSimpleName());
        return found.get(0);
    }

    private static JsonNode compose() throws IOException {
        return YAML.readTree(Path.of("deploy/compose.yaml").toFile());
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(documents::add);
        }
        return documents;
    }

    /** fabric8 keeps fields it does not know in additionalProperties instead of failing; find them. */
    private static void collectUnknownFields(Object node, String path, List<String> unknown, Map<Object, Boolean> seen) {
        if (node == null || seen.put(node, true) != null || !node.getClass().getPackageName().startsWith("io.fabric8")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                ((Map<?, ?>) value).keySet().forEach(key -> unknown.add(path + "." + key));
            } else if (value instanceof Collection<?> items) {
                items.forEach(item -> collectUnknownFields(item, path + "." + getter.getName().substring(3), unknown, seen));
            } else if (value instanceof Map<?, ?> map) {
                map.values().forEach(item -> collectUnknownFields(item, path + "." + getter.getName().substring(3), unknown, seen));
            } else {
                collectUnknownFields(value, path + "." + getter.getName().substring(3), unknown, seen);
            }
        }
    }
}
