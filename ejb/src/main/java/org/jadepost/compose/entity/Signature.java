package org.jadepost.compose.entity;

import java.io.Serializable;

/**
 * A signature as screens show it.
 *
 * @param id its id
 * @param name the name the user gave it
 * @param html its sanitized rich text
 * @param isDefault whether new mail starts with it
 */
public record Signature(long id, String name, String html, boolean isDefault)
    implements Serializable {

  /** The read model of {@code signature}. */
  public static Signature of(MailSignature signature) {
    return new Signature(
        signature.getId(),
        signature.getName(),
        signature.getHtml(),
        signature.isDefaultSignature());
  }
}
