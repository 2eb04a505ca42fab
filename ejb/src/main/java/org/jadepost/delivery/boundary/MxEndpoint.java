package org.jadepost.delivery.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.api.SmtpAuthResult;
import org.jadepost.adapter.api.SmtpEnvelope;
import org.jadepost.adapter.api.SmtpListener;
import org.jadepost.adapter.api.SmtpReply;

/**
 * The MX listener (port {@code jadepost.smtp.port}, default 2525, STARTTLS offered): mail from the
 * world for hosted domains. Hands every decision to {@link DeliveryService} at once.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "listenerName", propertyValue = "smtp"),
      @ActivationConfigProperty(propertyName = "port", propertyValue = "2525"),
      @ActivationConfigProperty(propertyName = "tlsMode", propertyValue = "STARTTLS"),
      @ActivationConfigProperty(propertyName = "listenerKind", propertyValue = "MX")
    })
// The boundary decides per step; most SMTP steps only read and need no transaction.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MxEndpoint implements SmtpListener {

  @Inject DeliveryService delivery;

  @Override
  public SmtpReply greet(ConnectionInfo connection) {
    return delivery.greet();
  }

  @Override
  public SmtpAuthResult authenticate(ConnectionInfo connection, String user, String password) {
    return delivery.authenticate();
  }

  @Override
  public SmtpReply mailFrom(ConnectionInfo connection, SmtpEnvelope envelope) {
    return delivery.mailFrom();
  }

  @Override
  public SmtpReply rcptTo(ConnectionInfo connection, SmtpEnvelope envelope, String recipient) {
    return delivery.rcptTo(recipient, envelope.declaredSize());
  }

  @Override
  public SmtpReply deliver(ConnectionInfo connection, SmtpEnvelope envelope, Path spooledMessage) {
    return delivery.deliver(connection, envelope, spooledMessage);
  }
}
