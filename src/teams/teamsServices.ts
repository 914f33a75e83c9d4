import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { AppLog, People } from '../app/deps';
import type { MeetingNotice } from '../app/outputs';
import { ChannelAccount } from './activity';
import { meetingNotification } from './messages';
import { personOf } from './toEvent';

/** Teams' answers that mean "nobody by that id is in this conversation". */
const NOT_A_MEMBER = new Set([400, 403, 404]);

/** The people of the turn's conversation (its team, for a channel), looked up in Teams. */
export function teamsPeople(context: TurnContext): People {
  return {
    find: async (id) => {
      try {
        const member = ChannelAccount.safeParse(await TeamsInfo.getMember(context, id));
        return member.success ? personOf(member.data) : undefined;
      } catch (error) {
        if (NOT_A_MEMBER.has(statusOf(error) ?? 0)) return undefined;
        throw error;
      }
    },
  };
}

/**
 * Sends a targeted meeting notification. Outside a running meeting Teams refuses it; so may it
 * for some recipients: either way the card in the chat stands, and the refusal is logged.
 */
export async function sendMeetingNotice(context: TurnContext, notice: MeetingNotice, log: AppLog) {
  const recipients = notice.recipients.map((person) => person.id);
  try {
    const response = await TeamsInfo.sendMeetingNotification(
      context,
      meetingNotification(notice),
      notice.meetingId,
    );
    const failed =
      response && 'recipientsFailureInfo' in response ? response.recipientsFailureInfo : undefined;
    if (failed?.length) log.warn({ recipients, failed }, 'meeting notification not sent to some');
  } catch (error) {
    log.warn({ recipients, status: statusOf(error), err: error }, 'meeting notification refused');
  }
}

function statusOf(error: unknown): number | undefined {
  const status =
    typeof error === 'object' && error !== null
      ? (error as { statusCode?: unknown }).statusCode
      : undefined;
  return typeof status === 'number' ? status : undefined;
}
