package org.jadepost.mailbox.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import org.jadepost.adapter.api.pop3.Pop3Listener;

/**
 * POP3 with STLS (RFC 1939, RFC 2595; 110 in production, {@code jadepost.pop3.port}, default 2110
 * here). Logins need TLS unless the client is on loopback.
 */
@MessageDriven(
    messageListenerInterface = Pop3Listener.class,
    activationConfig = {
      @ActivationConfigProperty(propertyName = "listenerName", propertyValue = "pop3"),
      @ActivationConfigProperty(propertyName = "port", propertyValue = "2110"),
      @ActivationConfigProperty(propertyName = "tlsMode", propertyValue = "STARTTLS")
    })
public class Pop3Endpoint extends MaildropListener implements Pop3Listener {}
