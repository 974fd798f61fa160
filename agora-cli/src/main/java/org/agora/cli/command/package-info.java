/**
 * The {@code agora} subcommands ({@code games}, {@code show}, {@code play}, {@code solve}, {@code
 * exploitability}, {@code convert}), each parsing its options, calling the library and rendering
 * the result as text or {@code --json}; plus the game descriptions and payoff tables they print.
 */
package org.agora.cli.command;
