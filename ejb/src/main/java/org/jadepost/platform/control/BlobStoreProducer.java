package org.jadepost.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Provides the installation's {@link BlobStore}: files under {@code <data dir>/blobs}. */
@ApplicationScoped
public class BlobStoreProducer {

  @Inject DataDirectory dataDirectory;

  @Produces
  @ApplicationScoped
  BlobStore blobStore() {
    try {
      return new FileBlobStore(dataDirectory.resolve("blobs"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
