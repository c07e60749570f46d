package org.landscape.loader;

/** A step the suite refused or could not answer: the loading stops and says why. */
public class LoadingFailed extends RuntimeException {

  public LoadingFailed(String message) {
    super(message);
  }
}
