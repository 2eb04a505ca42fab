package org.jadepost.delivery.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jadepost.delivery.entity.Acceptance;
import org.jadepost.platform.control.DataDirectory;

/**
 * Closes H2's durability gap: H2 writes a commit to the file but never fsyncs it, so a power loss
 * can take a message that already got its 250. Before the commit, each acceptance is appended to
 * this journal and fsynced (group commit); after a crash the records whose message is not in the
 * database are applied again. A segment is deleted once the database has been checkpointed with
 * fsync ({@code CHECKPOINT SYNC}) after its last transaction ended. PostgreSQL fsyncs its own
 * commits, so there the journal is off.
 */
@ApplicationScoped
public class AcceptanceJournal {

  private static final Logger LOG = Logger.getLogger(AcceptanceJournal.class.getName());

  @Resource(lookup = "java:comp/DefaultDataSource")
  DataSource dataSource;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  @Inject DataDirectory dataDirectory;

  private volatile boolean enabled;
  private Path directory;
  private JournalFile current;
  private final List<JournalFile> retired = new ArrayList<>();
  private long sequence;

  /**
   * Decides whether the journal is needed and returns what earlier runs left in it, oldest first.
   * Call once at start, before any delivery.
   */
  public synchronized List<Acceptance> open() {
    enabled = isH2();
    directory = dataDirectory.resolve("journal");
    try {
      Files.createDirectories(directory);
      List<Acceptance> pending = pendingRecords();
      if (enabled) {
        current = newSegment();
      }
      LOG.info(
          () ->
              enabled
                  ? "Commit journal on (H2 does not fsync its commits)"
                  : "Commit journal off (the database fsyncs its commits)");
      return pending;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the commit journal in " + directory, e);
    }
  }

  /**
   * Makes {@code acceptance} durable before the caller's transaction commits. Must be called inside
   * that transaction, after the blobs it names are stored.
   */
  public void record(Acceptance acceptance) {
    if (!enabled) {
      return;
    }
    JournalFile segment;
    long end;
    try {
      synchronized (this) {
        segment = current;
        segment.opened();
        end = segment.append(AcceptanceCodec.accepted(acceptance));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the commit journal", e);
    }
    transactions.registerInterposedSynchronization(new Settle(segment, acceptance.id()));
    try {
      segment.syncTo(end);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot fsync the commit journal", e);
    }
  }

  /**
   * Starts a new segment, fsyncs the database, and deletes the segments whose transactions all
   * ended before that fsync. Called every few seconds.
   */
  public void checkpoint() {
    if (!enabled) {
      return;
    }
    List<JournalFile> done = new ArrayList<>();
    try {
      synchronized (this) {
        if (!current.isEmpty()) {
          retired.add(current);
          current = newSegment();
        }
        for (JournalFile segment : retired) {
          if (segment.settled()) {
            done.add(segment);
          }
        }
        retired.removeAll(done);
      }
      if (done.isEmpty()) {
        return;
      }
      syncDatabase();
      for (JournalFile segment : done) {
        segment.close();
        Files.deleteIfExists(segment.path());
      }
    } catch (IOException | SQLException e) {
      LOG.log(Level.WARNING, "Journal checkpoint failed; will retry", e);
      synchronized (this) {
        retired.addAll(0, done.stream().filter(s -> Files.exists(s.path())).toList());
      }
    }
  }

  /**
   * After a replay: fsyncs the database and removes the replayed segments, or, when a record could
   * not be applied, keeps them renamed to {@code .unreplayed} for the operator.
   */
  public void replayed(boolean allApplied) {
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> old = files.filter(p -> isOldSegment(p)).toList();
      if (old.isEmpty()) {
        return;
      }
      if (enabled) {
        syncDatabase();
      }
      for (Path p : old) {
        if (allApplied) {
          Files.deleteIfExists(p);
        } else {
          Files.move(p, p.resolveSibling(p.getFileName() + ".unreplayed"));
        }
      }
    } catch (IOException | SQLException e) {
      LOG.log(Level.WARNING, "Could not clear the replayed journal; it will be replayed again", e);
    }
  }

  private boolean isOldSegment(Path p) {
    return p.getFileName().toString().endsWith(".log")
        && (current == null || !p.equals(current.path()));
  }

  private List<Acceptance> pendingRecords() throws IOException {
    List<Path> segments;
    try (Stream<Path> files = Files.list(directory)) {
      segments = files.filter(p -> p.getFileName().toString().endsWith(".log")).sorted().toList();
    }
    Map<String, Acceptance> records = new LinkedHashMap<>();
    Set<String> cancelled = new HashSet<>();
    for (Path segment : segments) {
      for (String line : Files.readAllLines(segment, StandardCharsets.UTF_8)) {
        JsonObject json = AcceptanceCodec.parse(line);
        if (json == null) {
          continue; // the tail a crash cut short was never acknowledged
        }
        if (AcceptanceCodec.isCancel(json)) {
          cancelled.add(json.getString("id"));
        } else {
          Acceptance a = AcceptanceCodec.acceptance(json);
          records.put(a.id(), a);
        }
      }
    }
    cancelled.forEach(records::remove);
    return List.copyOf(records.values());
  }

  private JournalFile newSegment() throws IOException {
    String name =
        String.format(Locale.ROOT, "%019d-%06d.log", System.currentTimeMillis(), sequence++);
    Path path = directory.resolve(name);
    JournalFile file = new JournalFile(path);
    try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
      dir.force(true); // the new name itself must survive a power loss
    }
    return file;
  }

  private boolean isH2() {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toUpperCase(Locale.ROOT).contains("H2");
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database", e);
    }
  }

  private void syncDatabase() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CHECKPOINT SYNC");
    }
  }

  /** Ends the segment's hold on commit; a rollback cancels the record so it is never replayed. */
  private final class Settle implements Synchronization {
    private final JournalFile segment;
    private final String id;

    Settle(JournalFile segment, String id) {
      this.segment = segment;
      this.id = id;
    }

    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      try {
        if (status != Status.STATUS_COMMITTED) {
          segment.syncTo(segment.append(AcceptanceCodec.cancelled(id)));
        }
      } catch (IOException e) {
        LOG.log(Level.SEVERE, "Could not cancel journal record " + id, e);
      } finally {
        segment.ended();
      }
    }
  }
}
