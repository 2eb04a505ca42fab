package org.jadepost.adapter.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Writes secrets readable by the owner only, atomically, so a crash never leaves half a key. */
final class PrivateFiles {

  private static final Logger LOG = Logger.getLogger(PrivateFiles.class.getName());

  private PrivateFiles() {}

  /** Writes {@code content} to a temporary file, syncs it, and renames it onto {@code file}. */
  static void writeAtomically(Path file, byte[] content) throws IOException {
    Path directory = file.toAbsolutePath().getParent();
    createDirectories(directory);
    Path temporary =
        Files.createTempFile(
            directory, file.getFileName() + ".", ".tmp", attributes(directory, "rw-------"));
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
    syncDirectory(directory);
  }

  private static void createDirectories(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      Files.createDirectories(directory, attributes(directory, "rwx------"));
    }
  }

  private static FileAttribute<?>[] attributes(Path directory, String permissions) {
    FileSystem fileSystem = directory.getFileSystem();
    if (!fileSystem.supportedFileAttributeViews().contains("posix")) {
      return new FileAttribute<?>[0];
    }
    return new FileAttribute<?>[] {
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
    };
  }

  /** Makes the rename durable; not every platform can open a directory, which is harmless. */
  private static void syncDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      LOG.log(Level.FINE, "Cannot sync directory {0}; the file itself is synced", directory);
    }
  }
}
