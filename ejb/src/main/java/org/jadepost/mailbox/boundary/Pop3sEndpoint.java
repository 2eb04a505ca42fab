package org.jadepost.mailbox.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import org.jadepost.adapter.api.pop3.Pop3Listener;

/**
 * POP3 over implicit TLS (RFC 8314; 995 in production, {@code jadepost.pop3s.port}, default 2995
 * here).
 */
@MessageDriven(
    messageListenerInterface = Pop3Listener.class,
    activationConfig = {
      @ActivationConfigProperty(propertyName = "listenerName", propertyValue = "pop3s"),
      @ActivationConfigProperty(propertyName = "port", propertyValue = "2995"),
      @ActivationConfigProperty(propertyName = "tlsMode", propertyValue = "IMPLICIT")
    })
public class Pop3sEndpoint extends MaildropListener implements Pop3Listener {}
