package org.jadepost.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The data directory ({@code jadepost.home}, env {@code JADEPOST_HOME}, default {@code
 * ~/.jadepost}) that holds the blob store, TLS material and first-start secrets.
 */
@ApplicationScoped
public class DataDirectory {

  @Inject
  @ConfigProperty(name = "jadepost.home")
  Optional<String> home;

  /** The directory itself, created if missing. */
  public Path root() {
    Path root =
        Path.of(
            home.filter(h -> !h.isBlank()).orElse(System.getProperty("user.home") + "/.jadepost"));
    try {
      return Files.createDirectories(root);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot create data directory " + root, e);
    }
  }

  public Path resolve(String name) {
    return root().resolve(name);
  }

  /**
   * Writes {@code content} to {@code file} readable by the owner only: into a temporary file that
   * is fsynced and then renamed, so a crash leaves either the old or the new file.
   */
  public static void writePrivate(Path file, String content) throws IOException {
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.deleteIfExists(temp);
    Files.createFile(
        temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
      channel.force(true);
    }
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
