package org.caravan.common.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Closes the embedded H2 store to everyone but the service's user: its directory and
 * files are owner-only, and the database password is generated per data directory and
 * kept in an owner-only file beside it (a store made by an earlier version, with an
 * empty password, gets one at its first start). The store listens on no port.
 */
@Component
class EmbeddedStore implements BeanPostProcessor {

    static final String PASSWORD_FILE = "keys/store-password";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);
    private static final String H2_FILE = "jdbc:h2:file:";
    private static final String WRONG_PASSWORD = "28000";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari && hikari.getJdbcUrl() != null
                && hikari.getJdbcUrl().startsWith(H2_FILE)) {
            hikari.setPassword(prepare(hikari.getJdbcUrl(), hikari.getUsername()));
        }
        return bean;
    }

    /** The database file's path without H2's ".mv.db" ending, as the URL names it. */
    static Path databasePath(String url) {
        String rest = url.substring(H2_FILE.length());
        int settings = rest.indexOf(';');
        return Path.of(settings < 0 ? rest : rest.substring(0, settings)).toAbsolutePath().normalize();
    }

    static Path dataDirectory(String url) {
        return databasePath(url).getParent();
    }

    private String prepare(String url, String user) {
        Path dataDir = OwnerOnlyFiles.directory(dataDirectory(url));
        OwnerOnlyFiles.restrictTree(dataDir);
        Path databaseFile = Path.of(databasePath(url) + ".mv.db");
        boolean existed = Files.exists(databaseFile);
        Path passwordFile = dataDir.resolve(PASSWORD_FILE);
        if (!Files.exists(passwordFile)) {
            OwnerOnlyFiles.createSecret(passwordFile, newPassword());
        }
        String password = read(passwordFile);
        if (existed) {
            adoptPassword(url, user, password);
        }
        return password;
    }

    /** A store created before passwords were generated has user "caravan" with an empty one. */
    private static void adoptPassword(String url, String user, String password) {
        try (var connection = DriverManager.getConnection(url, user, password)) {
            return;
        } catch (SQLException e) {
            if (!WRONG_PASSWORD.equals(e.getSQLState())) {
                throw new IllegalStateException("Cannot open the embedded store at " + url + ": " + e.getMessage(), e);
            }
        }
        try (var connection = DriverManager.getConnection(url, user, "");
                var statement = connection.createStatement()) {
            // the generated password is base64url: no quote can end the literal
            statement.execute("alter user \"" + user.toUpperCase() + "\" set password '" + password + "'");
            log.warn("The embedded store had an empty database password; it now uses the generated one in {}", PASSWORD_FILE);
        } catch (SQLException e) {
            throw new IllegalStateException("The embedded store's password does not match " + PASSWORD_FILE
                    + " under the data directory; restore that file from the store's backup", e);
        }
    }

    private static String newPassword() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
