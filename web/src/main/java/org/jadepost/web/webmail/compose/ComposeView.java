package org.jadepost.web.webmail.compose;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jadepost.account.entity.Actor;
import org.jadepost.compose.boundary.ComposeService;
import org.jadepost.compose.boundary.RecipientSuggestions;
import org.jadepost.compose.boundary.SignatureService;
import org.jadepost.compose.boundary.TemplateService;
import org.jadepost.compose.control.Addresses;
import org.jadepost.compose.entity.Draft;
import org.jadepost.compose.entity.OutgoingAttachment;
import org.jadepost.compose.entity.ReplyMode;
import org.jadepost.compose.entity.Signature;
import org.jadepost.compose.entity.Template;
import org.jadepost.platform.entity.BusinessException;
import org.jadepost.web.faces.Messages;
import org.jadepost.web.faces.UserPreferences;
import org.jadepost.web.webmail.transfer.TransferPicker;
import org.omnifaces.util.Faces;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs {@code /webmail/compose.xhtml}: a new message, a reply or forward ({@code
 * ?mode=&folder=&uid=}) or a reopened draft ({@code ?draft=}); saves the draft every few seconds
 * while it changes and when the user leaves the page.
 *
 * <p>Faces' own view scope, not OmniFaces': OmniFaces ends the view on unload, in a race with the
 * save the page sends when the user leaves.
 */
@Named
@ViewScoped
public class ComposeView implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String EMPTY_LINE = "<p><br></p>";

  @Inject ComposeService compose;
  @Inject RecipientSuggestions suggestions;
  @Inject SignatureService signatures;
  @Inject TemplateService templates;
  @Inject UserPreferences preferences;
  @Inject Actor actor;
  @Inject TransferPicker transferPicker;

  private String mode;
  private Long folder;
  private Long uid;
  private Long draftParam;

  private Draft base;
  private String from;
  private List<String> to = new ArrayList<>();
  private List<String> cc = new ArrayList<>();
  private List<String> bcc = new ArrayList<>();
  private String subject;
  private String html;
  private boolean receipt;
  private List<OutgoingAttachment> attachments = new ArrayList<>();
  private String savedAt;
  private int savedFingerprint;
  private Long signatureId;
  private String templateKey;
  private boolean finished;

  /** Loads what the URL asks for (f:viewAction). */
  public void start() {
    try {
      if (draftParam != null) {
        show(compose.open(actor, draftParam));
      } else if (mode != null && folder != null && uid != null) {
        show(compose.answer(actor, folder, uid, ReplyMode.valueOf(mode.toUpperCase(Locale.ROOT))));
        signDefault();
      } else {
        show(compose.blank(actor));
        signDefault();
      }
    } catch (BusinessException e) {
      Messages.error(e);
      show(compose.blank(actor));
    } catch (IllegalArgumentException e) {
      show(compose.blank(actor));
    }
    savedFingerprint = fingerprint();
  }

  /** Puts the chosen signature under what is written so far (C6: chosen per message). */
  public void insertSignature() {
    signatures.list(actor).stream()
        .filter(sig -> signatureId != null && sig.id() == signatureId)
        .findFirst()
        .ifPresent(sig -> html = (html == null ? "" : html) + signatureBlock(sig.html()));
  }

  /** Replaces subject and body with the chosen template, filled for the first recipient. */
  public void applyTemplate() {
    if (templateKey == null || templateKey.isBlank()) {
      return;
    }
    try {
      Template t = templates.apply(actor, templateKey, to, chinese());
      subject = t.subject();
      html = t.html();
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** The user's signatures for the menu. */
  public List<Signature> getSignatures() {
    return signatures.list(actor);
  }

  /** Built-in and own templates for the menu, in the page's language. */
  public List<Template> getTemplates() {
    return templates.list(actor, chinese());
  }

  private boolean chinese() {
    return "zh".equals(preferences.getLanguage());
  }

  private void signDefault() {
    signatures
        .defaultSignature(actor)
        .ifPresent(
            sig -> {
              signatureId = sig.id();
              String rest =
                  html.startsWith(EMPTY_LINE) ? html.substring(EMPTY_LINE.length()) : html;
              html = EMPTY_LINE + signatureBlock(sig.html()) + rest;
            });
  }

  // The customary "-- " line (RFC 3676 §4.3) above the signature.
  private static String signatureBlock(String signature) {
    return EMPTY_LINE + "<p>-- </p>" + signature;
  }

  /** Sends the message; back to the mail list on success. */
  public String send() {
    try {
      String id = compose.send(actor, draft(), clientAddress());
      finished = true;
      Faces.getFlash().setKeepMessages(true);
      Messages.info("webmail.compose.sent", id);
      return "/webmail/index?faces-redirect=true";
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  /** Saves the draft now and says so. */
  public void save() {
    if (store()) {
      Messages.info("webmail.compose.saved", savedAt);
    }
  }

  /**
   * Saves the draft when it changed since the last save (the page polls this, and calls it when the
   * user leaves); never once the message has been sent, scheduled or discarded.
   */
  public void autosave() {
    // No base: the page never started this bean. Faces ended the view when Send or Discard
    // navigated away, and the save sent on leaving reached a new bean: nothing to keep.
    if (base != null
        && !finished
        && fingerprint() != savedFingerprint
        && !recipientsAndTextEmpty()) {
      store();
    }
  }

  /** Marks the message as gone (scheduled): the page saves no draft of it any more. */
  public void finish() {
    finished = true;
  }

  /** Throws the draft away; back to the mail list. */
  public String discard() {
    try {
      if (base.draftUid() != null) {
        compose.discard(actor, base.draftUid());
      }
      finished = true;
      return "/webmail/index?faces-redirect=true";
    } catch (BusinessException e) {
      Messages.error(e);
      return null;
    }
  }

  /** Takes one uploaded file (p:fileUpload, streamed to disk by the container). */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    try (InputStream in = file.getInputStream()) {
      attachments.add(compose.upload(actor, file.getFileName(), file.getContentType(), in));
    } catch (IOException e) {
      Messages.error("webmail.compose.upload.failed", file.getFileName());
    } catch (BusinessException e) {
      Messages.error(e);
    }
  }

  /** Attaches the transfer-station file named by request parameter transferId as a link (C3). */
  public void attachFromTransfer() {
    transferPicker.link(Faces.getRequestParameter("transferId")).ifPresent(attachments::add);
  }

  /** Drops attachment {@code index}. */
  public void removeAttachment(int index) {
    if (index >= 0 && index < attachments.size()) {
      attachments.remove(index);
    }
  }

  /** Suggestions for a recipient field: directory, recent addresses. */
  public List<String> complete(String query) {
    return suggestions.suggest(actor, query);
  }

  /** The addresses in To, Cc and Bcc that cannot be sent to, for the warning under the fields. */
  public List<String> getInvalid() {
    List<String> bad = new ArrayList<>();
    List<String> all = new ArrayList<>();
    for (List<String> field : Arrays.asList(to, cc, bcc)) {
      if (field != null) {
        all.addAll(field);
      }
    }
    for (String one : Addresses.split(all)) {
      if (!Addresses.valid(one)) {
        bad.add(one);
      }
    }
    return bad;
  }

  /** {@link #getInvalid()} as one line. */
  public String getInvalidText() {
    return String.join(", ", getInvalid());
  }

  /** The addresses the user may send from. */
  public List<String> getSenders() {
    return compose.senders(actor);
  }

  private boolean store() {
    try {
      Draft saved = compose.save(actor, draft());
      base = saved;
      attachments = new ArrayList<>(saved.attachments());
      savedFingerprint = fingerprint();
      savedAt = LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss"));
      return true;
    } catch (BusinessException e) {
      Messages.error(e);
      return false;
    }
  }

  private boolean recipientsAndTextEmpty() {
    return to.isEmpty()
        && cc.isEmpty()
        && bcc.isEmpty()
        && (subject == null || subject.isBlank())
        && (html == null || html.replaceAll("<[^>]*>", "").isBlank())
        && attachments.isEmpty();
  }

  private int fingerprint() {
    return Objects.hash(from, to, cc, bcc, subject, html, receipt, attachments);
  }

  private void show(Draft draft) {
    base = draft;
    from = draft.from();
    to = new ArrayList<>(draft.to());
    cc = new ArrayList<>(draft.cc());
    bcc = new ArrayList<>(draft.bcc());
    subject = draft.subject();
    html = draft.html();
    receipt = draft.receipt();
    attachments = new ArrayList<>(draft.attachments());
  }

  private Draft draft() {
    return new Draft(
        base.draftUid(),
        from,
        Addresses.split(to),
        Addresses.split(cc),
        Addresses.split(bcc),
        subject,
        html,
        receipt,
        base.inReplyTo(),
        base.references(),
        attachments);
  }

  /** The message as the screen holds it now, for actions kept in other views (send later). */
  public Draft composed() {
    return draft();
  }

  private static String clientAddress() {
    return ((HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .getRemoteAddr();
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public Long getFolder() {
    return folder;
  }

  public void setFolder(Long folder) {
    this.folder = folder;
  }

  public Long getUid() {
    return uid;
  }

  public void setUid(Long uid) {
    this.uid = uid;
  }

  public Long getDraft() {
    return draftParam;
  }

  public void setDraft(Long draft) {
    this.draftParam = draft;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public List<String> getTo() {
    return to;
  }

  public void setTo(List<String> to) {
    this.to = to == null ? new ArrayList<>() : new ArrayList<>(to);
  }

  public List<String> getCc() {
    return cc;
  }

  public void setCc(List<String> cc) {
    this.cc = cc == null ? new ArrayList<>() : new ArrayList<>(cc);
  }

  public List<String> getBcc() {
    return bcc;
  }

  public void setBcc(List<String> bcc) {
    this.bcc = bcc == null ? new ArrayList<>() : new ArrayList<>(bcc);
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getHtml() {
    return html;
  }

  public void setHtml(String html) {
    this.html = html;
  }

  public boolean isReceipt() {
    return receipt;
  }

  public void setReceipt(boolean receipt) {
    this.receipt = receipt;
  }

  public List<OutgoingAttachment> getAttachments() {
    return attachments;
  }

  public Long getDraftUid() {
    return base == null ? null : base.draftUid();
  }

  public String getSavedAt() {
    return savedAt;
  }

  public Long getSignatureId() {
    return signatureId;
  }

  public void setSignatureId(Long signatureId) {
    this.signatureId = signatureId;
  }

  public String getTemplateKey() {
    return templateKey;
  }

  public void setTemplateKey(String templateKey) {
    this.templateKey = templateKey;
  }
}
