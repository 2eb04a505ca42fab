package org.jadepost.compose.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jadepost.account.control.AddressBook;
import org.jadepost.account.entity.Account;
import org.jadepost.account.entity.Actor;
import org.jadepost.compose.control.Addresses;
import org.jadepost.compose.control.BuiltInTemplates;
import org.jadepost.compose.control.ComposedHtml;
import org.jadepost.compose.control.Placeholders;
import org.jadepost.compose.entity.MailTemplate;
import org.jadepost.compose.entity.Template;
import org.jadepost.mailbox.control.MailboxAccess;
import org.jadepost.platform.entity.InvalidRequestException;
import org.jadepost.platform.entity.NotFoundException;

/**
 * Mail templates (C7, O5): the six built-in foreign-trade templates and the user's own (at most
 * {@value #MAX}); applying one fills {name}, {salutation}, {company}, {sender} and {date} for the
 * first recipient, from the customer record when CRM provides one, else from the directory and the
 * address.
 */
@Stateless
public class TemplateService {

  /** How many own templates a user may keep. */
  public static final int MAX = 50;

  @PersistenceContext EntityManager em;
  @Inject MailboxAccess access;
  @Inject AddressBook addresses;
  @Inject Instance<CustomerRecords> customers;

  /** Built-in templates in the user's language, then his own. */
  public List<Template> list(Actor actor, boolean chinese) {
    List<Template> out = new ArrayList<>(BuiltInTemplates.all(chinese));
    for (MailTemplate t : own(access.owner(actor))) {
      out.add(new Template("user:" + t.getId(), t.getName(), t.getSubject(), t.getHtml(), false));
    }
    return out;
  }

  /** Saves a template of the user's own. */
  public Template create(Actor actor, String name, String subject, String html) {
    Account account = access.owner(actor);
    if (own(account).size() >= MAX) {
      throw new InvalidRequestException(
          "template.limit", "At most " + MAX + " templates", String.valueOf(MAX));
    }
    String n = name == null ? "" : name.strip();
    if (n.isEmpty() || n.length() > 100) {
      throw new InvalidRequestException("template.name.invalid", "Name must be 1-100 characters");
    }
    MailTemplate t =
        new MailTemplate(
            account, n, subject == null ? "" : subject.strip(), ComposedHtml.sanitize(html));
    em.persist(t);
    return new Template("user:" + t.getId(), t.getName(), t.getSubject(), t.getHtml(), false);
  }

  /** Removes the user's template {@code id}. */
  public void delete(Actor actor, long id) {
    em.remove(owned(access.owner(actor), id));
  }

  /** Template {@code key} filled for mail to {@code to} (its first address, if any). */
  public Template apply(Actor actor, String key, List<String> to, boolean chinese) {
    Account account = access.owner(actor);
    Template template =
        list(actor, chinese).stream()
            .filter(t -> t.key().equals(key))
            .findFirst()
            .orElseThrow(
                () -> new NotFoundException("template.notfound", "No template " + key, key));
    Map<String, String> values = values(account, Addresses.split(to), chinese);
    return new Template(
        template.key(),
        template.name(),
        Placeholders.fill(template.subject(), values, false),
        Placeholders.fill(template.html(), values, true),
        template.builtIn());
  }

  private Map<String, String> values(Account account, List<String> to, boolean chinese) {
    Map<String, String> values = new HashMap<>();
    values.put("sender", account.getDisplayName());
    values.put("date", LocalDate.now().toString());
    Optional<String> first = to.stream().filter(Addresses::valid).findFirst();
    String name = first.map(this::nameOf).orElse("");
    values.put("name", name);
    values.put("company", first.map(a -> domain(Addresses.bare(a))).orElse(""));
    values.put(
        "salutation",
        name.isEmpty() ? (chinese ? "您好！" : "Hello") : (chinese ? name + "，您好！" : "Dear " + name));
    if (first.isPresent() && customers.isResolvable()) {
      customers.get().placeholders(account, Addresses.bare(first.get())).ifPresent(values::putAll);
    }
    return values;
  }

  // A colleague's directory name, else the display name typed with the address, else its local
  // part.
  private String nameOf(String one) {
    String bare = Addresses.bare(one);
    int at = bare.lastIndexOf('@');
    Optional<Account> colleague = addresses.resolve(bare.substring(at + 1), bare.substring(0, at));
    if (colleague.isPresent()) {
      return colleague.get().getDisplayName();
    }
    try {
      String personal = new InternetAddress(one).getPersonal();
      return personal == null || personal.isBlank() ? bare.substring(0, at) : personal;
    } catch (AddressException e) {
      return bare.substring(0, at);
    }
  }

  private static String domain(String bare) {
    return bare.substring(bare.lastIndexOf('@') + 1);
  }

  private MailTemplate owned(Account account, long id) {
    MailTemplate t = em.find(MailTemplate.class, id);
    if (t == null || !t.getAccount().getId().equals(account.getId())) {
      throw new NotFoundException("template.notfound", "No template " + id, String.valueOf(id));
    }
    return t;
  }

  private List<MailTemplate> own(Account account) {
    return em.createNamedQuery(MailTemplate.BY_ACCOUNT, MailTemplate.class)
        .setParameter("account", account)
        .getResultList();
  }
}
