package org.jadepost.mailbox.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import org.jadepost.adapter.api.imap.ImapListener;

/** IMAP with STARTTLS (RFC 3501; 143 in production, 2143 by default here). */
@MessageDriven(
    messageListenerInterface = ImapListener.class,
    activationConfig = {
      @ActivationConfigProperty(propertyName = "listenerName", propertyValue = "imap"),
      @ActivationConfigProperty(propertyName = "port", propertyValue = "2143"),
      @ActivationConfigProperty(propertyName = "tlsMode", propertyValue = "STARTTLS")
    })
public class ImapEndpoint extends ImapListenerBean implements ImapListener {}
