package org.jadepost.mailbox.boundary;

import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.jadepost.adapter.api.ConnectionInfo;
import org.jadepost.adapter.api.pop3.Pop3AuthResult;
import org.jadepost.adapter.api.pop3.Pop3Listener;
import org.jadepost.adapter.api.pop3.Pop3Maildrop;
import org.jadepost.adapter.api.pop3.Pop3Update;

/** The POP3 listeners' common body: each call goes straight to {@link MaildropService}. */
// The boundary owns the transactions; an MDB call only hands over.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public abstract class MaildropListener implements Pop3Listener {

  @Inject MaildropService maildrop;

  @Override
  public Pop3AuthResult authenticate(ConnectionInfo connection, String user, String password) {
    return maildrop.authenticate(connection, user, password);
  }

  @Override
  public Pop3Maildrop openMaildrop(ConnectionInfo connection, String identity) {
    return maildrop.open(identity);
  }

  @Override
  public Optional<InputStream> openMessage(
      ConnectionInfo connection, String identity, String uniqueId) {
    return maildrop.message(identity, uniqueId);
  }

  @Override
  public Pop3Update commitDeletions(
      ConnectionInfo connection, String identity, List<String> uniqueIds) {
    return maildrop.commit(identity, uniqueIds);
  }
}
