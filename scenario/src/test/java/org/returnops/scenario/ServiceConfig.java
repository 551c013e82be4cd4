package org.returnops.scenario;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/** A service's configuration as the deployment files see it: its keys and the environment variables that set them. */
final class ServiceConfig {

    private ServiceConfig() {
    }

    /** The service's application.properties with the platform's (and, for a domain service, the messaging module's) defaults. */
    static Properties properties(Path root, String service) throws IOException {
        Properties properties = new Properties();
        List<Path> files = new ArrayList<>(List.of(root.resolve(service).resolve("src/main/resources/application.properties"),
                root.resolve("platform/src/main/resources/META-INF/microprofile-config.properties")));
        if (!service.equals("gateway")) {
            files.add(root.resolve("messaging/src/main/resources/META-INF/microprofile-config.properties"));
        }
        for (Path file : files) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    /**
     * The keys of {@link #properties}, without profile prefixes, dashes as dots; and {@code quarkus.profile}.
     */
    static Set<String> keys(Path root, String service) throws IOException {
        Set<String> keys = new HashSet<>();
        keys.add("quarkus.profile");
        for (String key : properties(root, service).stringPropertyNames()) {
            String plain = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            keys.add(plain.replace('-', '.').replace("\"", ""));
        }
        return keys;
    }

    /** Whether an environment variable ({@code QUARKUS_DATASOURCE_JDBC_URL}) sets a key of the service. */
    static boolean isKey(Set<String> keys, String variable) {
        return keys.contains(variable.toLowerCase(Locale.ROOT).replace('_', '.'));
    }
}
