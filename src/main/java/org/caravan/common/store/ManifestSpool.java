package org.caravan.common.store;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;


/**
 * A streamed manifest body, received whole into an owner-only file before it is filed. The
 * upload's pace is the courier's network, and no database transaction should wait on it;
 * the file also gives the body's hash for the Idempotency-Key before filing begins, and
 * keeps the heap flat whatever the manifest's size. Deleted when closed; leftovers of a
 * crash are deleted at the next start. Shared by the channels that stream a manifest (JSON
 * Lines, a large CUSCAR interchange).
 */
public final class ManifestSpool implements AutoCloseable {

    private static final String PREFIX = "manifest-";

    private final Path file;
    private final String sha256;

    private ManifestSpool(Path file, String sha256) {
        this.file = file;
        this.sha256 = sha256;
    }

    public static ManifestSpool receive(InputStream body, Path directory) throws IOException {
        Path file = Files.createTempFile(OwnerOnlyFiles.directory(directory), PREFIX, ".body");
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                body.transferTo(out);
            }
            return new ManifestSpool(file, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes what a process that died while filing left behind. */
    public static void clear(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> left = Files.newDirectoryStream(directory, PREFIX + "*")) {
            for (Path file : left) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String sha256() {
        return sha256;
    }

    public BufferedReader open() throws IOException {
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    /** The body as received, for readers that decode it themselves (EDIFACT declares its charset). */
    public InputStream bytes() throws IOException {
        return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
