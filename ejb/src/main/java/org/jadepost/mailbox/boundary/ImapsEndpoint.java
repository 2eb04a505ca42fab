package org.jadepost.mailbox.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import org.jadepost.adapter.api.imap.ImapListener;

/** IMAP over implicit TLS (RFC 8314; 993 in production, 2993 by default here). */
@MessageDriven(
    messageListenerInterface = ImapListener.class,
    activationConfig = {
      @ActivationConfigProperty(propertyName = "listenerName", propertyValue = "imaps"),
      @ActivationConfigProperty(propertyName = "port", propertyValue = "2993"),
      @ActivationConfigProperty(propertyName = "tlsMode", propertyValue = "IMPLICIT")
    })
public class ImapsEndpoint extends ImapListenerBean implements ImapListener {}
