package org.jadepost.web.faces;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;

/**
 * Hardens the session cookie: HttpOnly and SameSite=Lax, so scripts cannot read it and other sites'
 * forms cannot post with it. Set in code as well as in web.xml because not every server applies the
 * Servlet 6 {@code <attribute>} element of {@code <cookie-config>}.
 */
@WebListener
public class SessionCookiePolicy implements ServletContextListener {

  @Override
  public void contextInitialized(ServletContextEvent event) {
    SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
  }
}
