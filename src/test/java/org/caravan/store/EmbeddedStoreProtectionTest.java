package org.caravan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.caravan.support.ServiceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store as an attacker on the same machine or network finds it: no port to
 * connect to, no file to read, and a password that is not empty. And after a crash the
 * service refuses to serve from a store its consistency check finds broken.
 */
class EmbeddedStoreProtectionTest {

    @TempDir
    Path dataDir;

    @Test
    void theServiceListensOnItsHttpPortOnlyAndItsFilesAreOwnerOnly() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "needs Linux /proc to list a process's sockets");
        Path log = Files.createTempFile("caravan-protection", ".log");
        try (ServiceProcess service = ServiceProcess.start(dataDir, log, List.of(), Map.of("CARAVAN_DEMO_PARTIES", "true"),
                api -> api.token("demo-courier", "demo-secret") != null)) {
            // reachable from the network: the HTTP port alone; on loopback, only the management port besides
            assertThat(listeningPorts(service.pid(), false)).containsExactly(service.port());
            assertThat(listeningPorts(service.pid(), true)).hasSizeLessThanOrEqualTo(1);

            assertThat(Files.getPosixFilePermissions(dataDir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.forEach(path -> assertThat(permissions(path)).as(path.toString())
                        .doesNotContain(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
                                PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE));
            }
            assertThat(dataDir.resolve("caravan.mv.db")).exists();
            assertThat(dataDir.resolve("caravan.lock.db")).doesNotExist();
            String password = Files.readString(dataDir.resolve("keys/store-password")).trim();
            assertThat(password).hasSizeGreaterThanOrEqualTo(40);
            service.stop();
        }
        assertThatThrownBy(() -> connect(dataDir, "")).as("the empty password an earlier version used")
                .isInstanceOf(java.sql.SQLException.class).hasMessageContaining("Wrong user name or password");
        assertThat(CrashRecoveryTest.count(dataDir, "select count(*) from party")).isPositive();
    }

    @Test
    void afterACrashAnInconsistentStoreIsRefusedWithWhatIsWrong() throws Exception {
        Path log = Files.createTempFile("caravan-integrity", ".log");
        ServiceProcess.start(dataDir, log, List.of(), Map.of("CARAVAN_DEMO_PARTIES", "true"),
                api -> api.token("demo-courier", "demo-secret") != null).kill();
        // what a torn write could leave: a consignment whose manifest was never stored
        CrashRecoveryTest.count(dataDir, """
                select count(*) from final table (insert into consignment (id, manifest_id, tracking_number,
                  courier_party_id, consignee_name, consignee_country, gross_mass_kg, declared_value, currency, items,
                  match_signals, filed_at)
                values (random_uuid(), random_uuid(), 'CRVHALFSTORED1', random_uuid(), 'A', 'KZ', 1, 1, 'USD', '[]', '',
                  current_timestamp))""");
        assertThatThrownBy(() -> ServiceProcess.start(dataDir, log, List.of(), Map.of(), api -> true))
                .hasMessageContaining("inconsistent after a crash")
                .hasMessageContaining("1 consignments without their manifest")
                .hasMessageContaining("Rebuilding did not repair it");
        try (var kept = Files.list(dataDir.resolve("recovery"))) {
            Path attempt = kept.findFirst().orElseThrow();
            assertThat(attempt.resolve("caravan.mv.db")).as("the original store is kept aside").exists();
            assertThat(attempt.resolve("caravan.sql")).exists();
        }
    }

    private static void connect(Path dataDir, String password) throws java.sql.SQLException {
        java.sql.DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("caravan")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "caravan", password).close();
    }

    private static Set<PosixFilePermission> permissions(Path path) {
        try {
            return Files.getPosixFilePermissions(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The loopback addresses as /proc/net/tcp and tcp6 write them: IPv4, IPv6, and IPv4 mapped into IPv6. */
    private static final Set<String> LOOPBACK = Set.of("0100007F", "00000000000000000000000001000000", "0000000000000000FFFF00000100007F");

    /**
     * TCP ports in LISTEN state whose sockets are open in the given process: those bound to
     * loopback only when {@code loopback}, the others when not.
     */
    private static Set<Integer> listeningPorts(long pid, boolean loopback) throws IOException {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            fds.forEach(fd -> {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // closed meanwhile
                }
            });
        }
        Set<Integer> ports = new HashSet<>();
        for (String table : List.of("tcp", "tcp6")) {
            Path file = Path.of("/proc", Long.toString(pid), "net", table);
            if (!Files.exists(file)) {
                continue;
            }
            for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
                String[] f = line.trim().split("\\s+");
                if (f[3].equals("0A") && inodes.contains(f[9]) // 0A = LISTEN
                        && LOOPBACK.contains(f[1].substring(0, f[1].indexOf(':'))) == loopback) {
                    ports.add(Integer.parseInt(f[1].substring(f[1].indexOf(':') + 1), 16));
                }
            }
        }
        return ports;
    }
}
