/**
 * The API every module builds on: {@link org.agora.core.Game} and {@link org.agora.core.State}
 * (with {@link org.agora.core.GameType}, {@link org.agora.core.Turn} and the optional abilities
 * such as {@link org.agora.core.ExactState}), the typed game and agent registries ({@link
 * org.agora.core.GameRegistry}, {@link org.agora.core.ParameterSpec}, game strings), {@link
 * org.agora.core.Agent}, {@link org.agora.core.Policy} and {@link org.agora.core.TabularPolicy},
 * exact {@link org.agora.core.Rational} numbers, random playouts, state enumeration and tree
 * statistics. No third-party dependencies.
 */
package org.agora.core;
