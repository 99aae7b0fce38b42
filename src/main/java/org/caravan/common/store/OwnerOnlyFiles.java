package org.caravan.common.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files that hold personal data, credential hashes or keys: readable by the service's user
 * only. Secrets are created with owner-only permissions from the first byte, never
 * written first and restricted afterwards.
 */
public final class OwnerOnlyFiles {

    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    /** Creates the directory (and its parents) owner-only, and restricts it if it existed. */
    public static Path directory(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, attribute(DIRECTORY));
            }
            restrict(dir, DIRECTORY);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory " + dir, e);
        }
    }

    /** Restricts everything below {@code dir} that an earlier version left readable to others. */
    public static void restrictTree(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.forEach(p -> restrict(p, Files.isDirectory(p) ? DIRECTORY : FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict the permissions under " + dir, e);
        }
    }

    /**
     * Writes a new secret file that no other user can ever read. Returns false if the file
     * exists already (another process won the race), leaving it untouched.
     */
    public static boolean createSecret(Path file, String content) {
        directory(file.toAbsolutePath().getParent());
        try (SeekableByteChannel channel = Files.newByteChannel(file,
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.SYNC), attribute(FILE))) {
            channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the secret file " + file, e);
        }
    }

    private static FileAttribute<?>[] attribute(Set<PosixFilePermission> permissions) {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)} : new FileAttribute<?>[0];
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) {
        if (!posix()) {
            return; // e.g. Windows: the user profile's ACLs apply
        }
        try {
            if (!Files.getPosixFilePermissions(path).equals(permissions)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot restrict the permissions of " + path, e);
        }
    }

    private static boolean posix() {
        return Path.of(".").getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
