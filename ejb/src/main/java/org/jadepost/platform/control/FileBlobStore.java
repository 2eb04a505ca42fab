package org.jadepost.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jadepost.platform.entity.BlobRef;

/**
 * {@link BlobStore} on a local file system: {@code <root>/ab/cd/<sha256>}. A blob is written to a
 * temporary file, fsynced, renamed into place and its directory fsynced, so after {@link #put}
 * returns it survives a crash or power loss, and a reader never sees a partial blob.
 */
public class FileBlobStore implements BlobStore {

  private static final Pattern ID = Pattern.compile("[0-9a-f]{64}");
  private static final int BUFFER = 64 * 1024;

  private final Path root;
  private final Path incoming;

  public FileBlobStore(Path root) throws IOException {
    this.root = Files.createDirectories(root);
    this.incoming = Files.createDirectories(root.resolve("incoming"));
  }

  @Override
  public BlobRef put(InputStream content) throws IOException {
    MessageDigest digest = sha256();
    Path temp = Files.createTempFile(incoming, "blob", ".tmp");
    long size = 0;
    try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      byte[] buffer = new byte[BUFFER];
      for (int n; (n = content.read(buffer)) > 0; size += n) {
        digest.update(buffer, 0, n);
        ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, n);
        while (chunk.hasRemaining()) {
          out.write(chunk);
        }
      }
      out.force(true);
      String id = HexFormat.of().formatHex(digest.digest());
      publish(temp, pathOf(id));
      return new BlobRef(id, size);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public Optional<InputStream> open(String id) throws IOException {
    Path path = pathOf(id);
    return Files.exists(path) ? Optional.of(Files.newInputStream(path)) : Optional.empty();
  }

  @Override
  public Optional<Path> file(String id) {
    Path path = pathOf(id);
    return Files.exists(path) ? Optional.of(path) : Optional.empty();
  }

  @Override
  public boolean exists(String id) {
    return Files.exists(pathOf(id));
  }

  @Override
  public boolean delete(String id) throws IOException {
    return Files.deleteIfExists(pathOf(id));
  }

  private void publish(Path temp, Path target) throws IOException {
    if (Files.exists(target)) {
      return; // same content already stored and durable
    }
    Path directory = Files.createDirectories(target.getParent());
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
      if (!Files.exists(target)) {
        throw e;
      }
    }
    fsyncDirectory(directory);
  }

  private Path pathOf(String id) {
    if (id == null || !ID.matcher(id).matches()) {
      throw new IllegalArgumentException("Not a blob id: " + id);
    }
    return root.resolve(id.substring(0, 2)).resolve(id.substring(2, 4)).resolve(id);
  }

  private static void fsyncDirectory(Path directory) throws IOException {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
