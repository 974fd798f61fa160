package org.agora.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * {@code agora simulate KIND ...}: the simulations, one subcommand per kind ({@code auction}: repeated
 * auctions with budgets and pacing, {@link SimulateAuctionCommand}). Without a kind it is a usage error
 * that lists them.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    subcommands = {SimulateAuctionCommand.class, SimulateTraceCommand.class,
        SimulateChannelsCommand.class, SimulateAgencyCommand.class},
    description = "Simulate: repeated auctions with budgets and pacing (auction).")
public final class SimulateCommand extends AgoraSubcommand {

  @Override
  protected int execute() {
    throw new ParameterException(spec.commandLine(), "missing what to simulate; one of: "
        + String.join(", ", spec.subcommands().keySet()));
  }
}
