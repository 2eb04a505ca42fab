package org.jadepost.delivery.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import org.jadepost.adapter.api.SmtpListener;

/** Submission over implicit TLS (RFC 8314; 465 in production, 2465 by default here). */
@MessageDriven(
    messageListenerInterface = SmtpListener.class,
    activationConfig = {
      @ActivationConfigProperty(propertyName = "listenerName", propertyValue = "smtps"),
      @ActivationConfigProperty(propertyName = "port", propertyValue = "2465"),
      @ActivationConfigProperty(propertyName = "tlsMode", propertyValue = "IMPLICIT"),
      @ActivationConfigProperty(propertyName = "listenerKind", propertyValue = "SUBMISSION")
    })
public class SmtpsEndpoint extends SubmissionListener implements SmtpListener {}
