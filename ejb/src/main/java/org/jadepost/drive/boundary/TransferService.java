package org.jadepost.drive.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.drive.control.TransferStorage;
import org.jadepost.drive.entity.ChunkResult;
import org.jadepost.drive.entity.TransferFile;
import org.jadepost.drive.entity.TransferInfo;
import org.jadepost.mailbox.control.MailboxAccess;
import org.jadepost.platform.entity.ConflictException;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.platform.entity.NotFoundException;

/**
 * The transfer station (D5): each user keeps at most {@value #MAX_FILES} files and 20 GB, each at
 * most 4 GB, for 15 days. Files arrive in chunks that must follow on; anyone with a file's share
 * link downloads it until it expires.
 */
@Stateless
public class TransferService {

  /** How many files a user may keep. */
  public static final int MAX_FILES = 40;

  /** The largest file: 4 GB. */
  public static final long MAX_FILE = 4L << 30;

  /** The space a user's files may take together: 20 GB. */
  public static final long MAX_TOTAL = 20L << 30;

  /** How long a file is kept. */
  public static final Duration KEEP = Duration.ofDays(15);

  private static final SecureRandom RANDOM = new SecureRandom();

  @PersistenceContext EntityManager em;
  @Inject MailboxAccess access;
  @Inject TransferStorage storage;

  /** The user's files, oldest first. */
  public List<TransferInfo> list(Actor actor) {
    return all(access.owner(actor)).stream().map(TransferInfo::of).toList();
  }

  /** Announces a file of {@code size} bytes; its bytes follow through {@link #append}. */
  public TransferInfo create(Actor actor, String name, String contentType, long size) {
    Account account = access.owner(actor);
    String cleanName = name(name);
    if (size < 0) {
      throw new InvalidRequestException("transfer.size.invalid", "Size must be 0 or more");
    }
    if (size > MAX_FILE) {
      throw new InvalidRequestException("transfer.file.too.large", "A file may have at most 4 GB");
    }
    List<TransferFile> existing = all(account);
    if (existing.size() >= MAX_FILES) {
      throw new InvalidRequestException(
          "transfer.limit.files",
          "The transfer station holds at most " + MAX_FILES + " files",
          String.valueOf(MAX_FILES));
    }
    long used = existing.stream().mapToLong(TransferFile::getSize).sum();
    if (used + size > MAX_TOTAL) {
      throw new InvalidRequestException(
          "transfer.limit.space",
          "The transfer station holds at most 20 GB; " + (MAX_TOTAL - used) + " bytes are free",
          String.valueOf((MAX_TOTAL - used) >> 20));
    }
    TransferFile file =
        new TransferFile(account, token(), cleanName, contentType(contentType), size, KEEP);
    em.persist(file);
    em.flush();
    storage.create(account.getId(), file.getId());
    return TransferInfo.of(file);
  }

  /** File {@code id} of the user. */
  public TransferInfo get(Actor actor, long id) {
    return TransferInfo.of(owned(access.owner(actor), id));
  }

  /**
   * Appends the bytes of {@code content} (at most {@code length}) to file {@code id} when {@code
   * start} is where the received bytes end; otherwise writes nothing. Concurrent chunks of one file
   * wait for each other (row lock).
   */
  public ChunkResult append(Actor actor, long id, long start, long length, InputStream content) {
    Account account = access.owner(actor);
    TransferFile file = owned(account, id);
    em.lock(file, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(file);
    if (start != file.getReceived()) {
      return new ChunkResult(false, file.getReceived(), file.isComplete());
    }
    if (length < 0 || start + length > file.getSize()) {
      throw new InvalidRequestException(
          "transfer.range.invalid",
          "The chunk goes past the announced size " + file.getSize(),
          String.valueOf(file.getSize()));
    }
    long written = storage.write(account.getId(), id, start, content, length);
    file.setReceived(start + written);
    return new ChunkResult(true, file.getReceived(), file.isComplete());
  }

  /** The bytes of the user's complete file {@code id}. */
  public Path content(Actor actor, long id) {
    TransferFile file = owned(access.owner(actor), id);
    if (!file.isComplete()) {
      throw new ConflictException(
          "transfer.incomplete", "The file has not been uploaded completely");
    }
    return storage.file(file.getAccount().getId(), id);
  }

  /** Removes the user's file {@code id}. */
  public void delete(Actor actor, long id) {
    Account account = access.owner(actor);
    em.remove(owned(account, id));
    storage.delete(account.getId(), id);
  }

  /** The complete file behind share token {@code token}, expired or not, with its bytes. */
  public Optional<Shared> shared(String token) {
    if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
      return Optional.empty();
    }
    return em.createNamedQuery(TransferFile.BY_TOKEN, TransferFile.class)
        .setParameter("token", token)
        .getResultStream()
        .filter(TransferFile::isComplete)
        .findFirst()
        .map(f -> new Shared(TransferInfo.of(f), storage.file(f.getAccount().getId(), f.getId())));
  }

  /** Removes up to {@code batchSize} expired files with their bytes; returns how many. */
  public int purgeExpired(int batchSize) {
    List<TransferFile> expired =
        em.createNamedQuery(TransferFile.EXPIRED, TransferFile.class)
            .setParameter("now", Instant.now())
            .setMaxResults(batchSize)
            .getResultList();
    for (TransferFile file : expired) {
      storage.delete(file.getAccount().getId(), file.getId());
      em.remove(file);
    }
    return expired.size();
  }

  /**
   * A shared file and where its bytes are.
   *
   * @param info the file
   * @param path its bytes
   */
  public record Shared(TransferInfo info, Path path) {}

  private List<TransferFile> all(Account account) {
    return em.createNamedQuery(TransferFile.BY_ACCOUNT, TransferFile.class)
        .setParameter("account", account)
        .getResultList();
  }

  private TransferFile owned(Account account, long id) {
    TransferFile file = em.find(TransferFile.class, id);
    if (file == null || !file.getAccount().getId().equals(account.getId())) {
      throw new NotFoundException(
          "transfer.notfound", "No such transfer file: " + id, String.valueOf(id));
    }
    return file;
  }

  private static String name(String name) {
    String clean = name == null ? "" : name.replaceAll("[\\p{Cntrl}/\\\\]", "").strip();
    if (clean.isEmpty() || clean.length() > 255) {
      throw new InvalidRequestException(
          "transfer.name.invalid", "A file name of 1 to 255 characters is required");
    }
    return clean;
  }

  private static String contentType(String type) {
    return type == null || !type.matches("[\\w.+-]+/[\\w.+-]+") || type.length() > 255
        ? "application/octet-stream"
        : type;
  }

  private static String token() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
