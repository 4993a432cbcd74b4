package app.limber;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker/compose.scale.yaml (nginx, two app nodes, PostgreSQL, an S3-compatible store) hangs together: every
 * long-running service has a health check, both nodes share one database, one bucket and one form key, nginx routes to
 * the nodes' fixed addresses and is the only proxy they believe; docker/compose.yaml stays the single-node default.
 * Read as YAML, no Docker engine needed (.ci/cluster runs {@code nginx -t} on the same nginx include files).
 */
class DockerComposeScaleTest {

    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readTheComposeFile() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("docker/compose.scale.yaml"))) {
            Map<String, Object> compose = new Yaml().load(in);
            services = (Map<String, Map<String, Object>>) compose.get("services");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environmentOf(String service) {
        return (Map<String, Object>) services.get(service).get("environment");
    }

    @SuppressWarnings("unchecked")
    private static String addressOf(String service) {
        Map<String, Object> networks = (Map<String, Object>) services.get(service).get("networks");
        return (String) ((Map<String, Object>) networks.get("limber")).get("ipv4_address");
    }

    @Test
    void nginxTwoNodesPostgresqlAndAnObjectStoreEachWithAHealthCheck() {
        assertThat(services).containsKeys("nginx", "app-a", "app-b", "db", "minio");
        for (String service : List.of("nginx", "app-a", "app-b", "db", "minio")) {
            assertThat(services.get(service)).as("%s has a health check", service).containsKey("healthcheck");
        }
    }

    @Test
    void bothNodesShareTheDatabaseTheBucketAndTheFormKeyButNotTheirNames() {
        Map<String, Object> a = environmentOf("app-a");
        Map<String, Object> b = environmentOf("app-b");
        for (String shared : List.of("SPRING_DATASOURCE_URL", "LIMBER_STORAGE", "LIMBER_S3_ENDPOINT", "LIMBER_S3_BUCKET",
                "LIMBER_FORM_KEY", "LIMBER_PUBLIC_URL")) {
            assertThat(a.get(shared)).as(shared).isNotNull().isEqualTo(b.get(shared));
        }
        assertThat(a.get("LIMBER_STORAGE")).isEqualTo("s3");
        assertThat((String) a.get("LIMBER_FORM_KEY")).as("the form key is required").contains(":?");
        assertThat(a.get("LIMBER_NODE_NAME")).isNotEqualTo(b.get("LIMBER_NODE_NAME"));
    }

    @Test
    void nginxRoutesToTheNodesFixedAddressesAndIsTheOnlyTrustedProxy() throws IOException {
        String nginx = Files.readString(Path.of("docker/nginx/scale.conf"));
        Matcher upstream = Pattern.compile("upstream limber_(a|b)\\s*\\{\\s*server ([0-9.]+):8080").matcher(nginx);
        int groups = 0;
        while (upstream.find()) {
            assertThat(upstream.group(2)).as("first server of limber_%s", upstream.group(1))
                    .isEqualTo(addressOf("app-" + upstream.group(1)));
            groups++;
        }
        assertThat(groups).isEqualTo(2);
        String proxy = addressOf("nginx") + "/32";
        assertThat(environmentOf("app-a").get("LIMBER_TRUSTED_PROXIES")).isEqualTo(proxy);
        assertThat(environmentOf("app-b").get("LIMBER_TRUSTED_PROXIES")).isEqualTo(proxy);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDefaultComposeFileStaysOneNode() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("docker/compose.yaml"))) {
            Map<String, Object> single = (Map<String, Object>) ((Map<String, Object>) new Yaml().load(in)).get("services");
            assertThat(single.keySet()).containsExactlyInAnyOrder("db", "app");
        }
    }
}
