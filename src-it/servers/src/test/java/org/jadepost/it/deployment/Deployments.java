package org.jadepost.it.deployment;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Builds the one deployment of the in-container tests: the real {@code jadepost.ear} from the ear
 * module, with the test classes and AssertJ added to its WAR. Arquillian's servlet protocol then
 * joins that WAR too, as it is the EAR's only one, so the tests run in the web module and see the
 * EJB module like the product's own web code does.
 */
public final class Deployments {

  /** The EAR's web module, as application.xml names it. */
  public static final String WEB_MODULE = "jadepost-web.war";

  private static final String TEST_ROOT = "org.jadepost.it";

  /** Packages of the test JVM only: server launchers, smoke tests, the Arquillian extension. */
  private static final String[] CLIENT_ONLY = {"server", "ear", "arquillian"};

  private Deployments() {}

  /** The product EAR with the in-container tests in its WAR. */
  public static EnterpriseArchive jadepostEar() {
    EnterpriseArchive ear =
        ShrinkWrap.create(ZipImporter.class, "jadepost.ear")
            .importFrom(ear().toFile())
            .as(EnterpriseArchive.class);
    WebArchive web =
        ear.getAsType(WebArchive.class, WEB_MODULE)
            .addPackages(true, Deployments::inContainer, TEST_ROOT)
            .addAsLibrary(jarOf(Assertions.class));
    // An imported module is a copy, not a view: replace it.
    ear.delete(WEB_MODULE);
    return ear.addAsModule(web);
  }

  private static Path ear() {
    String ear = System.getProperty("jadepost.it.ear");
    if (ear == null) {
      throw new IllegalStateException("System property jadepost.it.ear is not set");
    }
    return Path.of(ear);
  }

  private static boolean inContainer(ArchivePath path) {
    String name = path.get();
    for (String excluded : CLIENT_ONLY) {
      if (name.startsWith("/" + TEST_ROOT.replace('.', '/') + "/" + excluded + "/")) {
        return false;
      }
    }
    return true;
  }

  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
