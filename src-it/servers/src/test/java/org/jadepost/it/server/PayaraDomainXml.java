package org.jadepost.it.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The edits that make a copied {@code domain.xml} fit for tests, all in the {@code server-config}
 * configuration (and the domain-wide data grid settings); see {@link PayaraDomain}.
 */
final class PayaraDomainXml {

  private static final String LOOPBACK = "127.0.0.1";

  private final Path file;
  private final XPath xpath = XPathFactory.newInstance().newXPath();
  private Document document;
  private Element config;

  PayaraDomainXml(Path file) {
    this.file = file;
  }

  void configure(PortBlock ports, Map<String, String> systemProperties) throws IOException {
    try {
      document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
      config = element("/domain/configs/config[@name='server-config']");
      listeners(ports);
      dataGrid(ports);
      disableJms(ports);
      jvmOptions(ports, systemProperties);
      TransformerFactory.newInstance()
          .newTransformer()
          .transform(new DOMSource(document), new StreamResult(file.toFile()));
    } catch (IOException e) {
      throw e;
    } catch (Exception e) {
      throw new IOException("Cannot configure " + file, e);
    }
  }

  private void listeners(PortBlock ports) throws XPathExpressionException {
    String network = "network-config/network-listeners/network-listener";
    bind(network + "[@name='http-listener-1']", ports.port(8080));
    bind(network + "[@name='http-listener-2']", ports.port(8181));
    bind(network + "[@name='admin-listener']", ports.port(4848));
    bind("iiop-service/iiop-listener[@id='orb-listener-1']", ports.port(3700));
    bind("iiop-service/iiop-listener[@id='SSL']", ports.port(3820));
    bind("iiop-service/iiop-listener[@id='SSL_MUTUALAUTH']", ports.port(3920));
    bind("admin-service/jmx-connector[@name='system']", ports.port(8686));
  }

  private void dataGrid(PortBlock ports) throws XPathExpressionException {
    Element runtime = element("/domain/hazelcast-runtime-configuration");
    runtime.setAttribute("das-port", String.valueOf(ports.port(4900)));
    runtime.setAttribute("start-port", String.valueOf(ports.port(5900)));
    runtime.setAttribute("das-bind-address", LOOPBACK);
    runtime.setAttribute("interface", LOOPBACK);
    child(config, "hazelcast-config-specific-configuration").setAttribute("enabled", "false");
  }

  private void disableJms(PortBlock ports) throws XPathExpressionException {
    Element property = element("system-property[@name='JMS_PROVIDER_PORT']", config);
    property.setAttribute("value", String.valueOf(ports.port(7676)));
    Element jms = child(config, "jms-service");
    jms.setAttribute("type", "DISABLED");
    jms.setAttribute("default-jms-host", "default_JMS_host");
    Element host = child(jms, "jms-host");
    host.setAttribute("name", "default_JMS_host");
    host.setAttribute("host", LOOPBACK);
    host.setAttribute("port", "${JMS_PROVIDER_PORT}");
  }

  private void jvmOptions(PortBlock ports, Map<String, String> systemProperties)
      throws XPathExpressionException {
    Element java = element("java-config", config);
    // H2's AUTO_SERVER port of the default data source listens on all interfaces otherwise.
    option(java, "-Dh2.bindAddress=" + LOOPBACK);
    option(java, "-Dosgi.shell.telnet.port=" + ports.port(6666));
    systemProperties.forEach((key, value) -> option(java, "-D" + key + "=" + value));
  }

  private void bind(String path, int port) throws XPathExpressionException {
    Element listener = element(path, config);
    listener.setAttribute("address", LOOPBACK);
    listener.setAttribute("port", String.valueOf(port));
  }

  private void option(Element java, String option) {
    String key = option.contains("=") ? option.substring(0, option.indexOf('=') + 1) : option;
    NodeList existing = java.getElementsByTagName("jvm-options");
    for (int i = existing.getLength() - 1; i >= 0; i--) {
      if (existing.item(i).getTextContent().startsWith(key)) {
        java.removeChild(existing.item(i));
      }
    }
    Element element = document.createElement("jvm-options");
    element.setTextContent(option);
    java.appendChild(element);
  }

  private Element child(Element parent, String name) throws XPathExpressionException {
    Element found = (Element) xpath.evaluate(name, parent, XPathConstants.NODE);
    if (found == null) {
      found = document.createElement(name);
      parent.appendChild(found);
    }
    return found;
  }

  private Element element(String path) throws XPathExpressionException {
    return element(path, document);
  }

  private Element element(String path, Object context) throws XPathExpressionException {
    Element found = (Element) xpath.evaluate(path, context, XPathConstants.NODE);
    if (found == null) {
      throw new IllegalStateException("Not in domain.xml: " + path);
    }
    return found;
  }
}
