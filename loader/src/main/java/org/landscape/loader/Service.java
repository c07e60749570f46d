package org.landscape.loader;

/** The four services, each on the port base plus its offset (8081-8084 by default). */
public enum Service {
  CCG(1),
  PRACTICE(2),
  COMMISSIONING(3),
  HWB(4);

  private final int portOffset;

  Service(int portOffset) {
    this.portOffset = portOffset;
  }

  public int port(int portBase) {
    return portBase + portOffset;
  }

  /** The name the launcher and the record files use: {@code ccg}, {@code practice}, ... */
  public String shortName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Service named(String shortName) {
    for (Service service : values()) {
      if (service.shortName().equals(shortName)) {
        return service;
      }
    }
    throw new IllegalArgumentException(shortName + " is not a service");
  }
}
