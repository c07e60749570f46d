package org.landscape.hwb;

import org.landscape.testsupport.ServiceArchitecture;

/** The suite's one shape (layers, no cycles, a plain domain), checked on this service's code. */
class ArchitectureTest extends ServiceArchitecture {

  @Override
  protected String rootPackage() {
    return "org.landscape.hwb";
  }
}
