package org.jadepost.compose.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.compose.control.ComposedHtml;
import org.jadepost.compose.entity.MailSignature;
import org.jadepost.compose.entity.Signature;
import org.jadepost.mailbox.control.MailboxAccess;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.platform.entity.NotFoundException;

/**
 * A user's signatures (C6, L4): at most {@value #MAX} each, one of them the default that new mail
 * starts with; rich text, sanitized like mail bodies.
 */
@Stateless
public class SignatureService {

  /** How many signatures a user may keep. */
  public static final int MAX = 20;

  private static final int MAX_HTML = 20_000;

  @PersistenceContext EntityManager em;
  @Inject MailboxAccess access;

  /** The user's signatures, oldest first. */
  public List<Signature> list(Actor actor) {
    return all(access.owner(actor)).stream().map(Signature::of).toList();
  }

  /** The signature new mail starts with, if the user chose one. */
  public Optional<Signature> defaultSignature(Actor actor) {
    return list(actor).stream().filter(Signature::isDefault).findFirst();
  }

  /** Adds a signature; the first one, or one marked so, becomes the default. */
  public Signature create(Actor actor, String name, String html, boolean makeDefault) {
    Account account = access.owner(actor);
    List<MailSignature> existing = all(account);
    if (existing.size() >= MAX) {
      throw new InvalidRequestException(
          "signature.limit", "At most " + MAX + " signatures", String.valueOf(MAX));
    }
    MailSignature signature = new MailSignature(account, name(name), html(html));
    em.persist(signature);
    if (makeDefault || existing.isEmpty()) {
      makeDefault(existing, signature);
    }
    return Signature.of(signature);
  }

  /** Changes signature {@code id}. */
  public Signature update(Actor actor, long id, String name, String html, boolean makeDefault) {
    Account account = access.owner(actor);
    MailSignature signature = owned(account, id);
    signature.setName(name(name));
    signature.setHtml(html(html));
    if (makeDefault) {
      makeDefault(all(account), signature);
    } else {
      signature.setDefaultSignature(false);
    }
    return Signature.of(signature);
  }

  /** Removes signature {@code id}. */
  public void delete(Actor actor, long id) {
    em.remove(owned(access.owner(actor), id));
  }

  private static void makeDefault(List<MailSignature> all, MailSignature chosen) {
    for (MailSignature s : all) {
      s.setDefaultSignature(false);
    }
    chosen.setDefaultSignature(true);
  }

  private MailSignature owned(Account account, long id) {
    MailSignature signature = em.find(MailSignature.class, id);
    if (signature == null || !signature.getAccount().getId().equals(account.getId())) {
      throw new NotFoundException("signature.notfound", "No signature " + id, String.valueOf(id));
    }
    return signature;
  }

  private List<MailSignature> all(Account account) {
    return em.createNamedQuery(MailSignature.BY_ACCOUNT, MailSignature.class)
        .setParameter("account", account)
        .getResultList();
  }

  private static String name(String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > 100) {
      throw new InvalidRequestException("signature.name.invalid", "Name must be 1-100 characters");
    }
    return n;
  }

  private static String html(String html) {
    String clean = ComposedHtml.sanitize(html);
    if (clean.length() > MAX_HTML) {
      throw new InvalidRequestException(
          "signature.toolong",
          "Signature over " + MAX_HTML + " characters",
          String.valueOf(MAX_HTML));
    }
    return clean;
  }
}
