/**
 * Files: Gambit's {@code .nfg} and {@code .efg} formats read and written with exact rationals
 * ({@link org.agora.io.GambitFormats}, with {@link org.agora.io.EfgGame} and the {@code
 * nfg(file=...)}/{@code efg(file=...)} providers), Agora's policy JSON ({@link
 * org.agora.io.PolicyJson}) and the one atomic file writer every module uses ({@link
 * org.agora.io.AtomicFiles}: temporary file, then rename, never a partial file).
 */
package org.agora.io;
