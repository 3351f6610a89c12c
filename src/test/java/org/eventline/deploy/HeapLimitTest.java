package org.eventline.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/**
 * Every documented way to start the service holds the JVM's heap, and each container's memory
 * limit leaves room beside the heap for what the JVM uses outside it (about 230 MiB measured
 * under 12 concurrent exports, operations.md#memory): without a limit the heap grew to 2.9 GiB.
 */
class HeapLimitTest {

    private static final long MIB = 1024 * 1024;
    /** Measured: the process peaked at the heap plus 216-236 MiB; rounded up. */
    private static final long OUTSIDE_HEAP = 250 * MIB;
    private static final Pattern JAVA_COMMAND = Pattern.compile("\\bjava (?!-version)[^`\\n]*quarkus-run\\.jar");

    @Test
    void everyDocumentedJavaCommandSetsTheHeap() throws IOException {
        for (Path doc : List.of(Path.of("README.md"), Path.of("src/site/markdown/curators.md"),
                Path.of("src/site/markdown/operations.md"), Path.of("src/tools/dev-token.sh"))) {
            Matcher command = JAVA_COMMAND.matcher(Files.readString(doc));
            boolean found = false;
            while (command.find()) {
                found = true;
                assertTrue(command.group().contains("-Xmx"), doc + ": " + command.group());
            }
            assertTrue(found || !doc.endsWith("README.md"), "README.md has no run command");
        }
    }

    @Test
    void theKubernetesLimitHoldsTheHeapAndWhatTheJvmUsesBesideIt() throws IOException {
        Deployment deployment = new ObjectMapper(new YAMLFactory())
                .readValue(Path.of("deploy/kubernetes/deployment.yaml").toFile(), Deployment.class);
        Quantity limit = deployment.getSpec().getTemplate().getSpec().getContainers().get(0).getResources().getLimits().get("memory");
        assertFitsBesideTheHeap(Quantity.getAmountInBytes(limit).longValueExact(), "deployment.yaml");
    }

    @Test
    void composeLimitsTheContainerSoTheImageHoldsTheHeap() throws IOException {
        JsonNode app = new ObjectMapper(new YAMLFactory()).readTree(Path.of("deploy/compose.yaml").toFile())
                .path("services").path("eventline");
        assertFalse(app.path("mem_limit").isMissingNode(), "without mem_limit the image takes a share of the host's memory");
        String limit = app.path("mem_limit").asText();
        assertTrue(limit.matches("[0-9]+[mg]"), limit);
        long bytes = Long.parseLong(limit.substring(0, limit.length() - 1)) * (limit.endsWith("g") ? 1024 * MIB : MIB);
        assertFitsBesideTheHeap(bytes, "compose.yaml");
    }

    /** The image sets the heap to JAVA_MAX_MEM_RATIO percent of the container's memory. */
    private static void assertFitsBesideTheHeap(long limit, String where) throws IOException {
        Matcher ratio = Pattern.compile("ENV JAVA_MAX_MEM_RATIO=([0-9]+)")
                .matcher(Files.readString(Path.of("src/main/docker/Dockerfile.jvm")));
        assertTrue(ratio.find(), "the image sets no JAVA_MAX_MEM_RATIO");
        long heap = limit * Integer.parseInt(ratio.group(1)) / 100;
        assertTrue(heap + OUTSIDE_HEAP <= limit, where + ": a heap of " + heap / MIB + " MiB and " + OUTSIDE_HEAP / MIB
                + " MiB beside it do not fit in " + limit / MIB + " MiB");
    }
}
