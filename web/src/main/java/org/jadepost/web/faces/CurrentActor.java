package org.jadepost.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.jadepost.account.entity.Actor;

/**
 * Produces the signed-in {@link Actor} for views. Pages under /admin and /webmail are guarded by
 * {@link AccessFilter}, so there is always one there.
 */
@RequestScoped
public class CurrentActor {

  @Inject HttpServletRequest request;

  // Dependent, not request-scoped: Actor is a record (final), which a scope proxy cannot wrap.
  @Produces
  @Named("actor")
  Actor actor() {
    return SignedIn.actor(request)
        .orElseThrow(() -> new IllegalStateException("No one is signed in"));
  }
}
