package org.landscape.loader;

import java.net.URI;

/** Where the running suite answers: the services on localhost, at the launcher's port base. */
public record Suite(String host, int portBase) {

  public URI uri(Service service, String pathAndQuery) {
    return URI.create("http://" + host + ":" + service.port(portBase) + pathAndQuery);
  }
}
