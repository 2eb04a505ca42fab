package org.jadepost.delivery.boundary;

import jakarta.inject.Inject;
import java.nio.file.Path;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.api.SmtpAuthResult;
import org.jadepost.adapter.api.SmtpEnvelope;
import org.jadepost.adapter.api.SmtpListener;
import org.jadepost.adapter.api.SmtpReply;

/** The submission listeners' common body: each call goes straight to {@link SubmissionService}. */
public abstract class SubmissionListener implements SmtpListener {

  @Inject SubmissionService submission;

  @Override
  public SmtpReply greet(ConnectionInfo connection) {
    return submission.greet();
  }

  @Override
  public SmtpAuthResult authenticate(ConnectionInfo connection, String user, String password) {
    return submission.authenticate(connection, user, password);
  }

  @Override
  public SmtpReply mailFrom(ConnectionInfo connection, SmtpEnvelope envelope) {
    return submission.mailFrom(envelope);
  }

  @Override
  public SmtpReply rcptTo(ConnectionInfo connection, SmtpEnvelope envelope, String recipient) {
    return submission.rcptTo(envelope, recipient);
  }

  @Override
  public SmtpReply deliver(ConnectionInfo connection, SmtpEnvelope envelope, Path spooledMessage) {
    return submission.deliver(connection, envelope, spooledMessage);
  }
}
