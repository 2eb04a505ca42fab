package org.jadepost.delivery.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import org.jadepost.adapter.api.SmtpListener;

/** Submission with STARTTLS (RFC 6409; 587 in production, 2587 by default here). */
@MessageDriven(
    messageListenerInterface = SmtpListener.class,
    activationConfig = {
      @ActivationConfigProperty(propertyName = "listenerName", propertyValue = "submission"),
      @ActivationConfigProperty(propertyName = "port", propertyValue = "2587"),
      @ActivationConfigProperty(propertyName = "tlsMode", propertyValue = "STARTTLS"),
      @ActivationConfigProperty(propertyName = "listenerKind", propertyValue = "SUBMISSION")
    })
public class SubmissionEndpoint extends SubmissionListener implements SmtpListener {}
