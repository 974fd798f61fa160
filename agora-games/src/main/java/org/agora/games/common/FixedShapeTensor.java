package org.agora.games.common;

/** The shape of a tensor writer whose tensors have one fixed shape, with its flat size computed once. */
abstract class FixedShapeTensor {

  private final int[] shape;
  private final int size;

  /** A tensor of {@code shape} (copied). */
  FixedShapeTensor(int... shape) {
    this.shape = shape.clone();
    int product = 1;
    for (int dimension : shape) {
      product *= dimension;
    }
    this.size = product;
  }

  /** The shape (a fresh copy). */
  public int[] shape() {
    return shape.clone();
  }

  /** The flat size: the product of the shape. */
  public int size() {
    return size;
  }
}
