/* Typed bodies of Adobe's Media Collection API, generated from sessionStart schema 2.0 and events schema 2.0; do not edit: run python types/generate.py. */

/**
 * Any body sent to Adobe's Media Collection API.
 */
export type MediaCollectionBody = SessionStartBody | EventBody | DownloadedBatch;
/**
 * Any body of POST /api/v1/sessions/{sid}/events.
 */
export type EventBody =
  | PlayBody
  | PingBody
  | PauseStartBody
  | BufferStartBody
  | BitrateChangeBody
  | ErrorBody
  | AdBreakStartBody
  | AdBreakCompleteBody
  | AdStartBody
  | AdCompleteBody
  | AdSkipBody
  | ChapterStartBody
  | ChapterCompleteBody
  | ChapterSkipBody
  | StateStartBody
  | StateEndBody
  | StatesUpdateBody
  | SessionCompleteBody
  | SessionEndBody;
/**
 * The states that end and the states that start, in one call; at least one of the two lists. Documented: events/player-state/overview.md.
 */
export type StatesUpdateParams = StatesUpdateParamsWithStatesStart | StatesUpdateParamsWithStatesEnd;
/**
 * The body of POST /api/v1/downloaded: one downloaded session's calls, its sessionStart first.
 *
 * @minItems 1
 */
export type DownloadedBatch = [DownloadedSessionStartBody, ...EventBody[]];

/**
 * The JSON body of POST /api/v1/sessions, which starts a media tracking session. A body valid here is one the Media Collection API accepts with 201 Created. It describes the sessionStart of a live session; that of a downloaded-content batch, which may say media.downloaded: true, is described by the batch schema. Where a member is documented is given as a path in Adobe's Streaming Media documentation (github.com/AdobeDocs/media-analytics.en, under help/implementation/), or as the Analytics Collection APIs developer site (developer.adobe.com/analytics-apis, media collection parameters).
 */
export interface SessionStartBody {
  playerTime: PlayerTime;
  /**
   * Always sessionStart for this request. Documented: media-collection-api/mc-api-ref/mc-api-sessions-req.md.
   */
  eventType: "sessionStart";
  params: SessionStartParams;
  customMetadata?: CustomMetadata;
  qoeData?: QoeData;
}
/**
 * Where the player is and when the event happened. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
 */
export interface PlayerTime {
  /**
   * Current playhead position in seconds; may have a fraction. During an ad, the main content's position. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
   */
  playhead: number;
  /**
   * Time of the event as a Unix time in milliseconds (UTC), between 2001-09-09 and 9999-12-31; each event's ts later than the one before. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-ctrl-order.md.
   */
  ts: number;
}
/**
 * Standard parameters of the session: Analytics and Experience Cloud settings and media metadata. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
 */
export interface SessionStartParams {
  /**
   * Host name of your Adobe Analytics tracking server, e.g. example.sc.omtrdc.net. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
   */
  "analytics.trackingServer": string;
  /**
   * ID of the Analytics report suite that receives the data. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
   */
  "analytics.reportSuite": string;
  /**
   * Whether Analytics hits are sent over HTTPS. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
   */
  "analytics.enableSSL"?: boolean;
  /**
   * Custom Analytics visitor ID (VID). Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
   */
  "analytics.visitorId"?: string;
  /**
   * Legacy Analytics user ID (AID). Documented: media-collection-api/mc-api-ref/mc-api-req-params.md (Additional details).
   */
  "analytics.aid"?: string;
  /**
   * Opts this session out of server-side forwarding (CCPA). Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; opt-out-privacy.md.
   */
  "analytics.optOutServerSideForwarding"?: boolean;
  /**
   * Opts this session out of data sharing (CCPA). Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; opt-out-privacy.md.
   */
  "analytics.optOutShare"?: boolean;
  /**
   * Experience Cloud organization ID, of the form ...@AdobeOrg. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
   */
  "visitor.marketingCloudOrgId": string;
  /**
   * Experience Cloud ID (ECID, also called MID) of the user. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
   */
  "visitor.marketingCloudUserId"?: string;
  /**
   * Audience Manager edge region that serves this user. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
   */
  "visitor.aamLocationHint"?: number;
  /**
   * Customer IDs by ID type: each value holds the ID and its authentication state. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md (Additional details).
   */
  "visitor.customerIDs"?: {
    [k: string]: CustomerId;
  };
  /**
   * Identifies this installation of the app on this device. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
   */
  appInstallationId?: string;
  /**
   * Unique ID of the content. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/core/content-id.md.
   */
  "media.id": string;
  /**
   * Human-readable name of the content. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/core/content-name.md.
   */
  "media.name"?: string;
  /**
   * Length of the content in seconds. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/core/content-length.md.
   */
  "media.length": number;
  /**
   * Kind of stream; any string: vod, live, linear, podcast, audiobook and aod are common. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/core/content-type.md.
   */
  "media.contentType": string;
  /**
   * Kind of media: video or audio. Documented: variables/core/stream-type.md.
   */
  "media.streamType"?: string;
  /**
   * Name of the player that plays the content. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/core/content-player-name.md.
   */
  "media.playerName": string;
  /**
   * Distribution channel: the app, site or property the content plays in. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/core/content-channel.md.
   */
  "media.channel": string;
  /**
   * Publisher of the content. Documented: variables/standard-metadata/publisher.md.
   */
  "media.publisher"?: string;
  /**
   * Whether this session resumes an earlier one. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/core/content-resumes.md.
   */
  "media.resume"?: boolean;
  /**
   * Whether the content was downloaded and played offline. A live session may say only false (Adobe's mobile SDKs send false on every online session): true belongs on the sessionStart of a downloaded-content batch, and a live session with it is refused (400). Documented: variables/core/media-downloaded-flag.md; use-cases/track-downloaded-content.md.
   */
  "media.downloaded"?: false;
  /**
   * Version of the player application or integration that sends the data. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/core/app-version.md.
   */
  "media.sdkVersion"?: string;
  /**
   * Version of the media library that sends the data, e.g. android-media-3.1.2. Documented: the developer site's media collection parameters.
   */
  "media.libraryVersion"?: string;
  /**
   * Format of the stream, e.g. HD. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/stream-format.md.
   */
  "media.streamFormat"?: string;
  /**
   * Program or series name. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/show.md.
   */
  "media.show"?: string;
  /**
   * Season number or name. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/season.md.
   */
  "media.season"?: string;
  /**
   * Episode number or name. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/episode.md.
   */
  "media.episode"?: string;
  /**
   * Unique ID of the video asset. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/asset-id.md.
   */
  "media.assetId"?: string;
  /**
   * Genre of the content. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/genre.md.
   */
  "media.genre"?: string;
  /**
   * Date the content first aired on television. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/first-air-date.md.
   */
  "media.firstAirDate"?: string;
  /**
   * Date the content first aired on a digital platform. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/first-digital-date.md.
   */
  "media.firstDigitalDate"?: string;
  /**
   * Content rating. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/content-rating.md.
   */
  "media.rating"?: string;
  /**
   * Creator of the content. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/originator.md.
   */
  "media.originator"?: string;
  /**
   * Network or channel name. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/network.md.
   */
  "media.network"?: string;
  /**
   * Type of content, a string: 0 full episode, 1 preview, 2 clip, 3 other. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/show-type.md.
   */
  "media.showType"?: string;
  /**
   * Type of ad load. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/ad-load-type.md.
   */
  "media.adLoad"?: string;
  /**
   * MVPD that provided authentication (Adobe Pass). Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/mvpd.md.
   */
  "media.pass.mvpd"?: string;
  /**
   * Set to true (documented as "true" and as "TRUE") when the user is authorized by Adobe Pass; leave it out otherwise. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/authorized.md.
   */
  "media.pass.auth"?: string;
  /**
   * Time of day the content was broadcast. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/day-part.md.
   */
  "media.dayPart"?: string;
  /**
   * Type of feed, e.g. West-HD. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/media-feed-type.md.
   */
  "media.feed"?: string;
  /**
   * Audio: name of the album artist or group. Documented: variables/standard-metadata/artist.md.
   */
  "media.artist"?: string;
  /**
   * Audio: name of the album. Documented: variables/standard-metadata/album.md.
   */
  "media.album"?: string;
  /**
   * Audio: name of the record label. Documented: variables/standard-metadata/label.md.
   */
  "media.label"?: string;
  /**
   * Audio: name of the author of the media. Documented: variables/standard-metadata/author.md.
   */
  "media.author"?: string;
  /**
   * Audio: name of the radio station. Documented: variables/standard-metadata/station.md.
   */
  "media.station"?: string;
}
/**
 * One customer ID.
 */
export interface CustomerId {
  /**
   * The customer ID.
   */
  id: string;
  /**
   * Authentication state: 0 unknown, 1 authenticated, 2 logged out.
   */
  authState: 0 | 1 | 2;
}
/**
 * Your own metadata, on adStart and chapterStart only: keys of letters, digits, '_' and '.', string values. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
 */
export interface CustomMetadata {
  /**
   * Values are strings: convert numbers and booleans before sending.
   */
  [k: string]: string;
}
/**
 * Quality of experience data, on any event; bitrateChange carries the new bitrate here. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; media-collection-api/mc-api-impl/mc-api-sending-qoe.md; events/playback/bitrate-change.md.
 */
export interface QoeData {
  /**
   * Bitrate in bits per second. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/quality/bitrate.md.
   */
  "media.qoe.bitrate"?: number;
  /**
   * Number of dropped frames. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/quality/dropped-frames.md.
   */
  "media.qoe.droppedFrames"?: number;
  /**
   * Frames per second. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/quality/frames-per-second.md.
   */
  "media.qoe.framesPerSecond"?: number;
  /**
   * Time to start playback, in milliseconds. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/quality/time-to-start.md.
   */
  "media.qoe.timeToStart"?: number;
  /**
   * ID of an error. Documented: the developer site's media collection parameters.
   */
  "media.qoe.errorID"?: string;
  /**
   * Where the error came from, e.g. player or external. Documented: the developer site's media collection parameters.
   */
  "media.qoe.errorSource"?: string;
}
/**
 * The player plays: first frame, or playback resumed after a pause, buffering, an error or a seek. Documented: events/playback/play.md.
 */
export interface PlayBody {
  playerTime: PlayerTime;
  /**
   * Always play for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
   */
  eventType: "play";
  /**
   * No params are documented for play: an empty object at most. Documented: events/playback/play.md.
   */
  params?: Record<string, never>;
  qoeData?: QoeData;
  /**
   * Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so play carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
   */
  customMetadata?: Record<string, never>;
}
/**
 * Heartbeat: every 10 seconds in main content, every second in ads. Carries no params, or an empty params object. Documented: events/playback/ping.md.
 */
export interface PingBody {
  playerTime: PlayerTime;
  /**
   * Always ping for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
   */
  eventType: "ping";
  /**
   * No params are documented for ping, and its page says to send only eventType and playerTime (events/playback/ping.md); the events request page's body template shows "params": {} for every event (media-collection-api/mc-api-ref/mc-api-events-req.md), and Adobe's reference player sends it on ping. An empty object is accepted, as on every event without params; a key in it is not. Documented: events/playback/ping.md; media-collection-api/mc-api-ref/mc-api-events-req.md.
   */
  params?: Record<string, never>;
  qoeData?: QoeData;
  /**
   * Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so ping carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
   */
  customMetadata?: Record<string, never>;
}
/**
 * The viewer paused, or the app went to the background; play ends the pause. Documented: events/playback/pause-start.md.
 */
export interface PauseStartBody {
  playerTime: PlayerTime;
  /**
   * Always pauseStart for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
   */
  eventType: "pauseStart";
  /**
   * No params are documented for pauseStart: an empty object at most. Documented: events/playback/pause-start.md.
   */
  params?: Record<string, never>;
  qoeData?: QoeData;
  /**
   * Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so pauseStart carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
   */
  customMetadata?: Record<string, never>;
}
/**
 * Buffering starts; play ends it. Documented: events/playback/buffer-start.md.
 */
export interface BufferStartBody {
  playerTime: PlayerTime;
  /**
   * Always bufferStart for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
   */
  eventType: "bufferStart";
  /**
   * No params are documented for bufferStart: an empty object at most. Documented: events/playback/buffer-start.md.
   */
  params?: Record<string, never>;
  qoeData?: QoeData;
  /**
   * Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so bufferStart carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
   */
  customMetadata?: Record<string, never>;
}
/**
 * The bitrate changed: the new bitrate goes in qoeData. Documented: events/playback/bitrate-change.md.
 */
export interface BitrateChangeBody {
  playerTime: PlayerTime;
  /**
   * Always bitrateChange for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
   */
  eventType: "bitrateChange";
  /**
   * No params are documented for bitrateChange: an empty object at most. Documented: events/playback/bitrate-change.md.
   */
  params?: Record<string, never>;
  qoeData?: QoeData;
  /**
   * Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so bitrateChange carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
   */
  customMetadata?: Record<string, never>;
}
/**
 * A playback error; it does not end the session. Documented: events/error.md.
 */
export interface ErrorBody {
  playerTime: PlayerTime;
  /**
   * Always error for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
   */
  eventType: "error";
  params?: ErrorParams;
  qoeData?: QoeData;
  /**
   * Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so error carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
   */
  customMetadata?: Record<string, never>;
}
/**
 * Error details, as the error page places them (Adobe's SDKs place them in qoeData). Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
 */
export interface ErrorParams {
  /**
   * ID of the error. The error page puts it here; Adobe's SDKs and the developer site send media.qoe.errorID in qoeData instead: both are accepted. Documented: events/error.md.
   */
  "media.errorId"?: string;
  /**
   * Where the error came from: player or external. Documented: events/error.md.
   */
  "media.errorSource"?: string;
}
/**
 * An ad break (pod) starts. Documented: events/ads/ad-break-start.md.
 */
export interface AdBreakStartBody {
  playerTime: PlayerTime;
  /**
   * Always adBreakStart for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
   */
  eventType: "adBreakStart";
  params: AdBreakStartParams;
  qoeData?: QoeData;
  /**
   * Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so adBreakStart carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
   */
  customMetadata?: Record<string, never>;
}
/**
 * Parameters of the ad break. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
 */
export interface AdBreakStartParams {
  /**
   * Name of the ad break, e.g. pre-roll. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/ads/ad-break-name.md.
   */
  "media.ad.podFriendlyName"?: string;
  /**
   * Index of the ad break in the content (Adobe's timelines give a pre-roll 0, its event page 1). Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; events/ads/ad-break-start.md.
   */
  "media.ad.podIndex": number;
  /**
   * Second of the content at which the ad break starts. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/ads/ad-break-start-time.md.
   */
  "media.ad.podSecond": number;
}
/**
 * The ad break ends. Documented: events/ads/ad-break-complete.md.
 */
export interface AdBreakCompleteBody {
  playerTime: PlayerTime;
  /**
   * Always adBreakComplete for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
   */
  eventType: "adBreakComplete";
  /**
   * No params are documented for adBreakComplete: an empty object at most. Documented: events/ads/ad-break-complete.md.
   */
  params?: Record<string, never>;
  qoeData?: QoeData;
  /**
   * Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so adBreakComplete carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
   */
  customMetadata?: Record<string, never>;
}
/**
 * An ad starts, inside an ad break. Documented: events/ads/ad-start.md.
 */
export interface AdStartBody {
  playerTime: PlayerTime;
  /**
   * Always adStart for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
   */
  eventType: "adStart";
  params: AdStartParams;
  customMetadata?: CustomMetadata;
  qoeData?: QoeData;
}
/**
 * Parameters of the ad. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
 */
export interface AdStartParams {
  /**
   * ID of the ad. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/ads/ad-id.md.
   */
  "media.ad.id": string;
  /**
   * Friendly name of the ad. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/ads/ad-name.md.
   */
  "media.ad.name"?: string;
  /**
   * Length of the ad in seconds. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/ads/ad-length.md.
   */
  "media.ad.length": number;
  /**
   * Position of the ad in its break (the reference starts at 1; a parameter page starts at 0). Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/ads/ad-in-pod-position.md.
   */
  "media.ad.podPosition": number;
  /**
   * Name of the player that renders the ad. Required, as the parameter reference, the developer site's parameters page and the parameter's own page say. Adobe's Android and JavaScript SDKs always send it ("unknown" when none is set); the iOS SDK sends it whenever a player name is configured, which is also the only source of the sessionStart's required media.playerName, so every session it starts has it on adStart. Only the adStart page's sample leaves it out (the sample that also numbers podPosition from 0). Optional in events 1.0. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/ads/ad-player-name.md.
   */
  "media.ad.playerName": string;
  /**
   * Name of the ad break. Set on adBreakStart; Adobe's timelines send it on adStart too. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; media-collection-api/mc-api-timelines/mc-api-timeline-1.md.
   */
  "media.ad.podFriendlyName"?: string;
  /**
   * Company or brand whose product the ad shows. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/ads/advertiser.md.
   */
  "media.ad.advertiser"?: string;
  /**
   * ID of the ad campaign. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/ads/campaign-id.md.
   */
  "media.ad.campaignId"?: string;
  /**
   * ID of the ad creative. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/ads/creative-id.md.
   */
  "media.ad.creativeId"?: string;
  /**
   * ID of the ad site. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/ads/site-id.md.
   */
  "media.ad.siteId"?: string;
  /**
   * URL of the ad creative. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/ads/creative-url.md.
   */
  "media.ad.creativeURL"?: string;
  /**
   * Placement ID of the ad. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/ads/placement-id.md.
   */
  "media.ad.placementId"?: string;
}
/**
 * The ad played to its end. Documented: events/ads/ad-complete.md.
 */
export interface AdCompleteBody {
  playerTime: PlayerTime;
  /**
   * Always adComplete for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
   */
  eventType: "adComplete";
  /**
   * No params are documented for adComplete: an empty object at most. Documented: events/ads/ad-complete.md.
   */
  params?: Record<string, never>;
  qoeData?: QoeData;
  /**
   * Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so adComplete carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
   */
  customMetadata?: Record<string, never>;
}
/**
 * The viewer skipped the ad. Documented: events/ads/ad-skip.md.
 */
export interface AdSkipBody {
  playerTime: PlayerTime;
  /**
   * Always adSkip for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
   */
  eventType: "adSkip";
  /**
   * No params are documented for adSkip: an empty object at most. Documented: events/ads/ad-skip.md.
   */
  params?: Record<string, never>;
  qoeData?: QoeData;
  /**
   * Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so adSkip carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
   */
  customMetadata?: Record<string, never>;
}
/**
 * A chapter starts. Documented: events/chapters/chapter-start.md.
 */
export interface ChapterStartBody {
  playerTime: PlayerTime;
  /**
   * Always chapterStart for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
   */
  eventType: "chapterStart";
  params: ChapterStartParams;
  customMetadata?: CustomMetadata;
  qoeData?: QoeData;
}
/**
 * Parameters of the chapter. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
 */
export interface ChapterStartParams {
  /**
   * Position of the chapter in the content. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/chapters/chapter-position.md.
   */
  "media.chapter.index": number;
  /**
   * Second of the content at which the chapter starts. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/chapters/chapter-offset.md.
   */
  "media.chapter.offset": number;
  /**
   * Length of the chapter in seconds. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/chapters/chapter-length.md.
   */
  "media.chapter.length": number;
  /**
   * Name of the chapter. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/chapters/chapter-name.md.
   */
  "media.chapter.friendlyName"?: string;
}
/**
 * The chapter played to its end. Documented: events/chapters/chapter-complete.md.
 */
export interface ChapterCompleteBody {
  playerTime: PlayerTime;
  /**
   * Always chapterComplete for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
   */
  eventType: "chapterComplete";
  /**
   * No params are documented for chapterComplete: an empty object at most. Documented: events/chapters/chapter-complete.md.
   */
  params?: Record<string, never>;
  qoeData?: QoeData;
  /**
   * Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so chapterComplete carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
   */
  customMetadata?: Record<string, never>;
}
/**
 * The chapter was left before its end. Documented: events/chapters/chapter-skip.md.
 */
export interface ChapterSkipBody {
  playerTime: PlayerTime;
  /**
   * Always chapterSkip for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
   */
  eventType: "chapterSkip";
  /**
   * No params are documented for chapterSkip: an empty object at most. Documented: events/chapters/chapter-skip.md.
   */
  params?: Record<string, never>;
  qoeData?: QoeData;
  /**
   * Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so chapterSkip carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
   */
  customMetadata?: Record<string, never>;
}
/**
 * The player enters a state (fullscreen, mute...). Documented: events/player-state/state-start.md.
 */
export interface StateStartBody {
  playerTime: PlayerTime;
  /**
   * Always stateStart for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
   */
  eventType: "stateStart";
  params: StateStartParams;
  qoeData?: QoeData;
  /**
   * Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so stateStart carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
   */
  customMetadata?: Record<string, never>;
}
/**
 * The player state that starts. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
 */
export interface StateStartParams {
  /**
   * Name of the player state: fullscreen, mute, closedCaptioning, pictureInPicture, inFocus, or your own. Documented: the developer site's media collection parameters; events/player-state/state-start.md; variables/player-state/full-screen.md.
   */
  "media.state.name": string;
}
/**
 * The player leaves a state. Documented: events/player-state/state-end.md.
 */
export interface StateEndBody {
  playerTime: PlayerTime;
  /**
   * Always stateEnd for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
   */
  eventType: "stateEnd";
  params: StateEndParams;
  qoeData?: QoeData;
  /**
   * Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so stateEnd carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
   */
  customMetadata?: Record<string, never>;
}
/**
 * The player state that ends. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
 */
export interface StateEndParams {
  /**
   * Name of the player state that ends, as sent with its stateStart. Documented: the developer site's media collection parameters; events/player-state/state-end.md.
   */
  "media.state.name": string;
}
/**
 * Ends a list of player states and starts another in one call (documented on the player-state pages only). Documented: events/player-state/overview.md.
 */
export interface StatesUpdateBody {
  playerTime: PlayerTime;
  /**
   * Always statesUpdate for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
   */
  eventType: "statesUpdate";
  params: StatesUpdateParams;
  qoeData?: QoeData;
  /**
   * Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so statesUpdate carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
   */
  customMetadata?: Record<string, never>;
}
export interface StatesUpdateParamsWithStatesStart {
  /**
   * States that start. Documented: events/player-state/overview.md.
   *
   * Items: One player state.
   */
  statesStart: {
    /**
     * Name of the player state. Documented: events/player-state/overview.md.
     */
    "media.state.name": string;
  }[];
  /**
   * States that end. Documented: events/player-state/overview.md.
   *
   * Items: One player state.
   */
  statesEnd?: {
    /**
     * Name of the player state. Documented: events/player-state/overview.md.
     */
    "media.state.name": string;
  }[];
}
export interface StatesUpdateParamsWithStatesEnd {
  /**
   * States that start. Documented: events/player-state/overview.md.
   *
   * Items: One player state.
   */
  statesStart?: {
    /**
     * Name of the player state. Documented: events/player-state/overview.md.
     */
    "media.state.name": string;
  }[];
  /**
   * States that end. Documented: events/player-state/overview.md.
   *
   * Items: One player state.
   */
  statesEnd: {
    /**
     * Name of the player state. Documented: events/player-state/overview.md.
     */
    "media.state.name": string;
  }[];
}
/**
 * The main content reached its end; the session stays open. Documented: events/session/session-complete.md.
 */
export interface SessionCompleteBody {
  playerTime: PlayerTime;
  /**
   * Always sessionComplete for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
   */
  eventType: "sessionComplete";
  /**
   * No params are documented for sessionComplete: an empty object at most. Documented: events/session/session-complete.md.
   */
  params?: Record<string, never>;
  qoeData?: QoeData;
  /**
   * Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so sessionComplete carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
   */
  customMetadata?: Record<string, never>;
}
/**
 * The viewer left: the session closes at once. Documented: events/session/session-end.md.
 */
export interface SessionEndBody {
  playerTime: PlayerTime;
  /**
   * Always sessionEnd for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
   */
  eventType: "sessionEnd";
  /**
   * No params are documented for sessionEnd: an empty object at most. Documented: events/session/session-end.md.
   */
  params?: Record<string, never>;
  qoeData?: QoeData;
  /**
   * Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so sessionEnd carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
   */
  customMetadata?: Record<string, never>;
}
/**
 * The sessionStart that opens a downloaded-content batch.
 */
export interface DownloadedSessionStartBody {
  playerTime: PlayerTime;
  /**
   * Always sessionStart for this request. Documented: media-collection-api/mc-api-ref/mc-api-sessions-req.md.
   */
  eventType: "sessionStart";
  params: DownloadedSessionStartParams;
  customMetadata?: CustomMetadata;
  qoeData?: QoeData;
}
/**
 * Standard parameters of the session: Analytics and Experience Cloud settings and media metadata. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
 */
export interface DownloadedSessionStartParams {
  /**
   * Host name of your Adobe Analytics tracking server, e.g. example.sc.omtrdc.net. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
   */
  "analytics.trackingServer": string;
  /**
   * ID of the Analytics report suite that receives the data. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
   */
  "analytics.reportSuite": string;
  /**
   * Whether Analytics hits are sent over HTTPS. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
   */
  "analytics.enableSSL"?: boolean;
  /**
   * Custom Analytics visitor ID (VID). Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
   */
  "analytics.visitorId"?: string;
  /**
   * Legacy Analytics user ID (AID). Documented: media-collection-api/mc-api-ref/mc-api-req-params.md (Additional details).
   */
  "analytics.aid"?: string;
  /**
   * Opts this session out of server-side forwarding (CCPA). Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; opt-out-privacy.md.
   */
  "analytics.optOutServerSideForwarding"?: boolean;
  /**
   * Opts this session out of data sharing (CCPA). Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; opt-out-privacy.md.
   */
  "analytics.optOutShare"?: boolean;
  /**
   * Experience Cloud organization ID, of the form ...@AdobeOrg. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
   */
  "visitor.marketingCloudOrgId": string;
  /**
   * Experience Cloud ID (ECID, also called MID) of the user. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
   */
  "visitor.marketingCloudUserId"?: string;
  /**
   * Audience Manager edge region that serves this user. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
   */
  "visitor.aamLocationHint"?: number;
  /**
   * Customer IDs by ID type: each value holds the ID and its authentication state. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md (Additional details).
   */
  "visitor.customerIDs"?: {
    [k: string]: CustomerId1;
  };
  /**
   * Identifies this installation of the app on this device. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
   */
  appInstallationId?: string;
  /**
   * Unique ID of the content. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/core/content-id.md.
   */
  "media.id": string;
  /**
   * Human-readable name of the content. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/core/content-name.md.
   */
  "media.name"?: string;
  /**
   * Length of the content in seconds. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/core/content-length.md.
   */
  "media.length": number;
  /**
   * Kind of stream; any string: vod, live, linear, podcast, audiobook and aod are common. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/core/content-type.md.
   */
  "media.contentType": string;
  /**
   * Kind of media: video or audio. Documented: variables/core/stream-type.md.
   */
  "media.streamType"?: string;
  /**
   * Name of the player that plays the content. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/core/content-player-name.md.
   */
  "media.playerName": string;
  /**
   * Distribution channel: the app, site or property the content plays in. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/core/content-channel.md.
   */
  "media.channel": string;
  /**
   * Publisher of the content. Documented: variables/standard-metadata/publisher.md.
   */
  "media.publisher"?: string;
  /**
   * Whether this session resumes an earlier one. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/core/content-resumes.md.
   */
  "media.resume"?: boolean;
  /**
   * Whether the content was downloaded and played offline. A live session may say only false (Adobe's mobile SDKs send false on every online session): true belongs on the sessionStart of a downloaded-content batch, and a live session with it is refused (400). Documented: variables/core/media-downloaded-flag.md; use-cases/track-downloaded-content.md.
   */
  "media.downloaded"?: boolean;
  /**
   * Version of the player application or integration that sends the data. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/core/app-version.md.
   */
  "media.sdkVersion"?: string;
  /**
   * Version of the media library that sends the data, e.g. android-media-3.1.2. Documented: the developer site's media collection parameters.
   */
  "media.libraryVersion"?: string;
  /**
   * Format of the stream, e.g. HD. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/stream-format.md.
   */
  "media.streamFormat"?: string;
  /**
   * Program or series name. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/show.md.
   */
  "media.show"?: string;
  /**
   * Season number or name. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/season.md.
   */
  "media.season"?: string;
  /**
   * Episode number or name. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/episode.md.
   */
  "media.episode"?: string;
  /**
   * Unique ID of the video asset. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/asset-id.md.
   */
  "media.assetId"?: string;
  /**
   * Genre of the content. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/genre.md.
   */
  "media.genre"?: string;
  /**
   * Date the content first aired on television. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/first-air-date.md.
   */
  "media.firstAirDate"?: string;
  /**
   * Date the content first aired on a digital platform. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/first-digital-date.md.
   */
  "media.firstDigitalDate"?: string;
  /**
   * Content rating. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/content-rating.md.
   */
  "media.rating"?: string;
  /**
   * Creator of the content. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/originator.md.
   */
  "media.originator"?: string;
  /**
   * Network or channel name. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/network.md.
   */
  "media.network"?: string;
  /**
   * Type of content, a string: 0 full episode, 1 preview, 2 clip, 3 other. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/show-type.md.
   */
  "media.showType"?: string;
  /**
   * Type of ad load. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/ad-load-type.md.
   */
  "media.adLoad"?: string;
  /**
   * MVPD that provided authentication (Adobe Pass). Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/mvpd.md.
   */
  "media.pass.mvpd"?: string;
  /**
   * Set to true (documented as "true" and as "TRUE") when the user is authorized by Adobe Pass; leave it out otherwise. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/authorized.md.
   */
  "media.pass.auth"?: string;
  /**
   * Time of day the content was broadcast. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/day-part.md.
   */
  "media.dayPart"?: string;
  /**
   * Type of feed, e.g. West-HD. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md; variables/standard-metadata/media-feed-type.md.
   */
  "media.feed"?: string;
  /**
   * Audio: name of the album artist or group. Documented: variables/standard-metadata/artist.md.
   */
  "media.artist"?: string;
  /**
   * Audio: name of the album. Documented: variables/standard-metadata/album.md.
   */
  "media.album"?: string;
  /**
   * Audio: name of the record label. Documented: variables/standard-metadata/label.md.
   */
  "media.label"?: string;
  /**
   * Audio: name of the author of the media. Documented: variables/standard-metadata/author.md.
   */
  "media.author"?: string;
  /**
   * Audio: name of the radio station. Documented: variables/standard-metadata/station.md.
   */
  "media.station"?: string;
}
/**
 * One customer ID.
 */
export interface CustomerId1 {
  /**
   * The customer ID.
   */
  id: string;
  /**
   * Authentication state: 0 unknown, 1 authenticated, 2 logged out.
   */
  authState: 0 | 1 | 2;
}

/**
 * Any body sent to Adobe's Media Edge API.
 */
export type MediaEdgeBody =
  | EdgeSessionStartBody
  | EdgePlayBody
  | EdgePingBody
  | EdgeBufferStartBody
  | EdgePauseStartBody
  | EdgeAdBreakStartBody
  | EdgeAdBreakCompleteBody
  | EdgeAdStartBody
  | EdgeAdCompleteBody
  | EdgeAdSkipBody
  | EdgeChapterStartBody
  | EdgeChapterCompleteBody
  | EdgeChapterSkipBody
  | EdgeBitrateChangeBody
  | EdgeErrorBody
  | EdgeStatesUpdateBody
  | EdgeSessionCompleteBody
  | EdgeSessionEndBody
  | EdgeDownloadedBody;
/**
 * Quality of experience.
 */
export type QoeDataDetails = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Custom metadata.
 *
 * Items: One pair.
 */
export type EdgeCustomMetadata = {
  /**
   * The key.
   */
  name: string;
  /**
   * The value.
   */
  value: string;
  [k: string]: unknown;
}[];
/**
 * Quality of experience.
 */
export type QoeDataDetails1 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails2 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails3 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails4 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails5 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails6 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails7 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Custom metadata.
 *
 * Items: One pair.
 */
export type EdgeCustomMetadata1 = {
  /**
   * The key.
   */
  name: string;
  /**
   * The value.
   */
  value: string;
  [k: string]: unknown;
}[];
/**
 * Quality of experience.
 */
export type QoeDataDetails8 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails9 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails10 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Custom metadata.
 *
 * Items: One pair.
 */
export type EdgeCustomMetadata2 = {
  /**
   * The key.
   */
  name: string;
  /**
   * The value.
   */
  value: string;
  [k: string]: unknown;
}[];
/**
 * Quality of experience.
 */
export type QoeDataDetails11 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails12 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails13 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails14 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails15 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails16 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails17 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails18 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Custom metadata.
 *
 * Items: One pair.
 */
export type EdgeCustomMetadata3 = {
  /**
   * The key.
   */
  name: string;
  /**
   * The value.
   */
  value: string;
  [k: string]: unknown;
}[];
/**
 * An event of a downloaded session.
 */
export type DownloadedEvent =
  | DownloadedSessionStartEvent
  | DownloadedPlayEvent
  | DownloadedPingEvent
  | DownloadedBufferStartEvent
  | DownloadedPauseStartEvent
  | DownloadedAdBreakStartEvent
  | DownloadedAdBreakCompleteEvent
  | DownloadedAdStartEvent
  | DownloadedAdCompleteEvent
  | DownloadedAdSkipEvent
  | DownloadedChapterStartEvent
  | DownloadedChapterCompleteEvent
  | DownloadedChapterSkipEvent
  | DownloadedBitrateChangeEvent
  | DownloadedErrorEvent
  | DownloadedStatesUpdateEvent
  | DownloadedSessionCompleteEvent
  | DownloadedSessionEndEvent;
/**
 * Quality of experience.
 */
export type QoeDataDetails19 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails20 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails21 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails22 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails23 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails24 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails25 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Custom metadata.
 *
 * Items: One pair.
 */
export type EdgeCustomMetadata4 = {
  /**
   * The key.
   */
  name: string;
  /**
   * The value.
   */
  value: string;
  [k: string]: unknown;
}[];
/**
 * Quality of experience.
 */
export type QoeDataDetails26 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails27 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails28 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Custom metadata.
 *
 * Items: One pair.
 */
export type EdgeCustomMetadata5 = {
  /**
   * The key.
   */
  name: string;
  /**
   * The value.
   */
  value: string;
  [k: string]: unknown;
}[];
/**
 * Quality of experience.
 */
export type QoeDataDetails29 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails30 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails31 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails32 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails33 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails34 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;
/**
 * Quality of experience.
 */
export type QoeDataDetails35 = {
  /**
   * Bitrate in kbps (media.qoe.bitrate).
   */
  bitrate?: number;
  /**
   * Dropped frames (media.qoe.droppedFrames).
   */
  droppedFrames?: number;
  /**
   * Frames per second (media.qoe.framesPerSecond).
   */
  framesPerSecond?: number;
  /**
   * Time to start, in milliseconds (media.qoe.timeToStart).
   */
  timeToStart?: number;
} | null;

/**
 * The body of POST https://edge.adobedc.net/ee/va/v1/sessionStart.
 */
export interface EdgeSessionStartBody {
  /**
   * @minItems 1
   */
  events: [EdgeSessionStartEvent, ...EdgeSessionStartEvent[]];
  /**
   * Overrides of the datastream's configuration.
   */
  meta?: {};
  /**
   * What the answer should hold.
   */
  query?: {};
  [k: string]: unknown;
}
/**
 * The event.
 */
export interface EdgeSessionStartEvent {
  xdm: EdgeSessionStartXdm;
  [k: string]: unknown;
}
/**
 * The XDM data of a media.sessionStart event.
 */
export interface EdgeSessionStartXdm {
  eventType: "media.sessionStart";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  timestamp: string;
  mediaCollection: LiveSessionStartMediaCollection;
  /**
   * The visitor's identities.
   */
  identityMap?: {};
  /**
   * The client that sent it.
   */
  implementationDetails?: {};
  [k: string]: unknown;
}
/**
 * mediaCollection of media.sessionStart.
 */
export interface LiveSessionStartMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  qoeDataDetails?: QoeDataDetails;
  sessionDetails: SessionDetails;
  customMetadata?: EdgeCustomMetadata;
  [k: string]: unknown;
}
/**
 * The content of the session.
 */
export interface SessionDetails {
  /**
   * The content's ID (media.id in the Media Collection API).
   */
  name: string;
  /**
   * The content's name (media.name).
   */
  friendlyName?: string;
  /**
   * The content's length in whole seconds (media.length).
   */
  length: number;
  /**
   * The kind of stream: vod, live, linear, ugc, dvod, radio, podcast, audiobook or song (media.contentType).
   */
  contentType: string;
  /**
   * The player's name (media.playerName).
   */
  playerName?: string;
  /**
   * The distribution channel (media.channel).
   */
  channel?: string;
  /**
   * audio or video.
   */
  streamType?: "video" | "audio";
  /**
   * Whether the session resumes an earlier one (media.resume).
   */
  hasResume?: boolean;
  /**
   * Whether the content was downloaded (media.downloaded).
   */
  isDownloaded?: boolean;
  /**
   * The application's version (media.sdkVersion).
   */
  appVersion?: string;
  /**
   * The asset's ID (media.assetId).
   */
  assetID?: string;
  /**
   * Standard metadata: show.
   */
  show?: string;
  /**
   * Standard metadata: season.
   */
  season?: string;
  /**
   * Standard metadata: episode.
   */
  episode?: string;
  /**
   * Standard metadata: genre.
   */
  genre?: string;
  /**
   * Standard metadata: firstAirDate.
   */
  firstAirDate?: string;
  /**
   * Standard metadata: firstDigitalDate.
   */
  firstDigitalDate?: string;
  /**
   * Standard metadata: rating.
   */
  rating?: string;
  /**
   * Standard metadata: originator.
   */
  originator?: string;
  /**
   * Standard metadata: network.
   */
  network?: string;
  /**
   * Standard metadata: showType.
   */
  showType?: string;
  /**
   * Standard metadata: adLoad.
   */
  adLoad?: string;
  /**
   * Standard metadata: mvpd.
   */
  mvpd?: string;
  /**
   * Standard metadata: authorized.
   */
  authorized?: string;
  /**
   * Standard metadata: dayPart.
   */
  dayPart?: string;
  /**
   * Standard metadata: feed.
   */
  feed?: string;
  /**
   * Standard metadata: streamFormat.
   */
  streamFormat?: string;
  /**
   * Standard metadata: artist.
   */
  artist?: string;
  /**
   * Standard metadata: album.
   */
  album?: string;
  /**
   * Standard metadata: label.
   */
  label?: string;
  /**
   * Standard metadata: author.
   */
  author?: string;
  /**
   * Standard metadata: station.
   */
  station?: string;
  /**
   * Standard metadata: publisher.
   */
  publisher?: string;
  [k: string]: unknown;
}
/**
 * The body of POST https://edge.adobedc.net/ee/va/v1/play.
 */
export interface EdgePlayBody {
  /**
   * @minItems 1
   */
  events: [EdgePlayEvent, ...EdgePlayEvent[]];
  /**
   * Overrides of the datastream's configuration.
   */
  meta?: {};
  /**
   * What the answer should hold.
   */
  query?: {};
  [k: string]: unknown;
}
/**
 * The event.
 */
export interface EdgePlayEvent {
  xdm: EdgePlayXdm;
  [k: string]: unknown;
}
/**
 * The XDM data of a media.play event.
 */
export interface EdgePlayXdm {
  eventType: "media.play";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  timestamp: string;
  mediaCollection: LivePlayMediaCollection;
  /**
   * The visitor's identities.
   */
  identityMap?: {};
  /**
   * The client that sent it.
   */
  implementationDetails?: {};
  [k: string]: unknown;
}
/**
 * mediaCollection of media.play.
 */
export interface LivePlayMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID: string;
  qoeDataDetails?: QoeDataDetails1;
  [k: string]: unknown;
}
/**
 * The body of POST https://edge.adobedc.net/ee/va/v1/ping.
 */
export interface EdgePingBody {
  /**
   * @minItems 1
   */
  events: [EdgePingEvent, ...EdgePingEvent[]];
  /**
   * Overrides of the datastream's configuration.
   */
  meta?: {};
  /**
   * What the answer should hold.
   */
  query?: {};
  [k: string]: unknown;
}
/**
 * The event.
 */
export interface EdgePingEvent {
  xdm: EdgePingXdm;
  [k: string]: unknown;
}
/**
 * The XDM data of a media.ping event.
 */
export interface EdgePingXdm {
  eventType: "media.ping";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  timestamp: string;
  mediaCollection: LivePingMediaCollection;
  /**
   * The visitor's identities.
   */
  identityMap?: {};
  /**
   * The client that sent it.
   */
  implementationDetails?: {};
  [k: string]: unknown;
}
/**
 * mediaCollection of media.ping.
 */
export interface LivePingMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID: string;
  qoeDataDetails?: QoeDataDetails2;
  [k: string]: unknown;
}
/**
 * The body of POST https://edge.adobedc.net/ee/va/v1/bufferStart.
 */
export interface EdgeBufferStartBody {
  /**
   * @minItems 1
   */
  events: [EdgeBufferStartEvent, ...EdgeBufferStartEvent[]];
  /**
   * Overrides of the datastream's configuration.
   */
  meta?: {};
  /**
   * What the answer should hold.
   */
  query?: {};
  [k: string]: unknown;
}
/**
 * The event.
 */
export interface EdgeBufferStartEvent {
  xdm: EdgeBufferStartXdm;
  [k: string]: unknown;
}
/**
 * The XDM data of a media.bufferStart event.
 */
export interface EdgeBufferStartXdm {
  eventType: "media.bufferStart";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  timestamp: string;
  mediaCollection: LiveBufferStartMediaCollection;
  /**
   * The visitor's identities.
   */
  identityMap?: {};
  /**
   * The client that sent it.
   */
  implementationDetails?: {};
  [k: string]: unknown;
}
/**
 * mediaCollection of media.bufferStart.
 */
export interface LiveBufferStartMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID: string;
  qoeDataDetails?: QoeDataDetails3;
  [k: string]: unknown;
}
/**
 * The body of POST https://edge.adobedc.net/ee/va/v1/pauseStart.
 */
export interface EdgePauseStartBody {
  /**
   * @minItems 1
   */
  events: [EdgePauseStartEvent, ...EdgePauseStartEvent[]];
  /**
   * Overrides of the datastream's configuration.
   */
  meta?: {};
  /**
   * What the answer should hold.
   */
  query?: {};
  [k: string]: unknown;
}
/**
 * The event.
 */
export interface EdgePauseStartEvent {
  xdm: EdgePauseStartXdm;
  [k: string]: unknown;
}
/**
 * The XDM data of a media.pauseStart event.
 */
export interface EdgePauseStartXdm {
  eventType: "media.pauseStart";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  timestamp: string;
  mediaCollection: LivePauseStartMediaCollection;
  /**
   * The visitor's identities.
   */
  identityMap?: {};
  /**
   * The client that sent it.
   */
  implementationDetails?: {};
  [k: string]: unknown;
}
/**
 * mediaCollection of media.pauseStart.
 */
export interface LivePauseStartMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID: string;
  qoeDataDetails?: QoeDataDetails4;
  [k: string]: unknown;
}
/**
 * The body of POST https://edge.adobedc.net/ee/va/v1/adBreakStart.
 */
export interface EdgeAdBreakStartBody {
  /**
   * @minItems 1
   */
  events: [EdgeAdBreakStartEvent, ...EdgeAdBreakStartEvent[]];
  /**
   * Overrides of the datastream's configuration.
   */
  meta?: {};
  /**
   * What the answer should hold.
   */
  query?: {};
  [k: string]: unknown;
}
/**
 * The event.
 */
export interface EdgeAdBreakStartEvent {
  xdm: EdgeAdBreakStartXdm;
  [k: string]: unknown;
}
/**
 * The XDM data of a media.adBreakStart event.
 */
export interface EdgeAdBreakStartXdm {
  eventType: "media.adBreakStart";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  timestamp: string;
  mediaCollection: LiveAdBreakStartMediaCollection;
  /**
   * The visitor's identities.
   */
  identityMap?: {};
  /**
   * The client that sent it.
   */
  implementationDetails?: {};
  [k: string]: unknown;
}
/**
 * mediaCollection of media.adBreakStart.
 */
export interface LiveAdBreakStartMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID: string;
  qoeDataDetails?: QoeDataDetails5;
  advertisingPodDetails: AdvertisingPodDetails;
  [k: string]: unknown;
}
/**
 * The ad break that starts.
 */
export interface AdvertisingPodDetails {
  /**
   * The ad break's name (media.ad.podFriendlyName).
   */
  friendlyName?: string;
  /**
   * The ad break's index in the content, from 1 (media.ad.podIndex).
   */
  index?: number;
  /**
   * Where in the content the ad break plays, in whole seconds (media.ad.podSecond).
   */
  offset?: number;
  [k: string]: unknown;
}
/**
 * The body of POST https://edge.adobedc.net/ee/va/v1/adBreakComplete.
 */
export interface EdgeAdBreakCompleteBody {
  /**
   * @minItems 1
   */
  events: [EdgeAdBreakCompleteEvent, ...EdgeAdBreakCompleteEvent[]];
  /**
   * Overrides of the datastream's configuration.
   */
  meta?: {};
  /**
   * What the answer should hold.
   */
  query?: {};
  [k: string]: unknown;
}
/**
 * The event.
 */
export interface EdgeAdBreakCompleteEvent {
  xdm: EdgeAdBreakCompleteXdm;
  [k: string]: unknown;
}
/**
 * The XDM data of a media.adBreakComplete event.
 */
export interface EdgeAdBreakCompleteXdm {
  eventType: "media.adBreakComplete";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  timestamp: string;
  mediaCollection: LiveAdBreakCompleteMediaCollection;
  /**
   * The visitor's identities.
   */
  identityMap?: {};
  /**
   * The client that sent it.
   */
  implementationDetails?: {};
  [k: string]: unknown;
}
/**
 * mediaCollection of media.adBreakComplete.
 */
export interface LiveAdBreakCompleteMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID: string;
  qoeDataDetails?: QoeDataDetails6;
  [k: string]: unknown;
}
/**
 * The body of POST https://edge.adobedc.net/ee/va/v1/adStart.
 */
export interface EdgeAdStartBody {
  /**
   * @minItems 1
   */
  events: [EdgeAdStartEvent, ...EdgeAdStartEvent[]];
  /**
   * Overrides of the datastream's configuration.
   */
  meta?: {};
  /**
   * What the answer should hold.
   */
  query?: {};
  [k: string]: unknown;
}
/**
 * The event.
 */
export interface EdgeAdStartEvent {
  xdm: EdgeAdStartXdm;
  [k: string]: unknown;
}
/**
 * The XDM data of a media.adStart event.
 */
export interface EdgeAdStartXdm {
  eventType: "media.adStart";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  timestamp: string;
  mediaCollection: LiveAdStartMediaCollection;
  /**
   * The visitor's identities.
   */
  identityMap?: {};
  /**
   * The client that sent it.
   */
  implementationDetails?: {};
  [k: string]: unknown;
}
/**
 * mediaCollection of media.adStart.
 */
export interface LiveAdStartMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID: string;
  qoeDataDetails?: QoeDataDetails7;
  advertisingDetails: AdvertisingDetails;
  customMetadata?: EdgeCustomMetadata1;
  [k: string]: unknown;
}
/**
 * The ad that starts.
 */
export interface AdvertisingDetails {
  /**
   * The ad's ID (media.ad.id).
   */
  name: string;
  /**
   * The ad's name (media.ad.name).
   */
  friendlyName?: string;
  /**
   * The ad's length in whole seconds (media.ad.length).
   */
  length: number;
  /**
   * The ad's position in its pod, from 1 (media.ad.podPosition).
   */
  podPosition: number;
  /**
   * The player that plays the ad (media.ad.playerName).
   */
  playerName?: string;
  /**
   * The advertiser (media.ad.advertiser).
   */
  advertiser?: string;
  /**
   * The campaign's ID (media.ad.campaignId).
   */
  campaignID?: string;
  /**
   * The creative's ID (media.ad.creativeId).
   */
  creativeID?: string;
  /**
   * The creative's URL (media.ad.creativeURL).
   */
  creativeURL?: string;
  /**
   * The placement's ID (media.ad.placementId).
   */
  placementID?: string;
  /**
   * The site's ID (media.ad.siteId).
   */
  siteID?: string;
  [k: string]: unknown;
}
/**
 * The body of POST https://edge.adobedc.net/ee/va/v1/adComplete.
 */
export interface EdgeAdCompleteBody {
  /**
   * @minItems 1
   */
  events: [EdgeAdCompleteEvent, ...EdgeAdCompleteEvent[]];
  /**
   * Overrides of the datastream's configuration.
   */
  meta?: {};
  /**
   * What the answer should hold.
   */
  query?: {};
  [k: string]: unknown;
}
/**
 * The event.
 */
export interface EdgeAdCompleteEvent {
  xdm: EdgeAdCompleteXdm;
  [k: string]: unknown;
}
/**
 * The XDM data of a media.adComplete event.
 */
export interface EdgeAdCompleteXdm {
  eventType: "media.adComplete";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  timestamp: string;
  mediaCollection: LiveAdCompleteMediaCollection;
  /**
   * The visitor's identities.
   */
  identityMap?: {};
  /**
   * The client that sent it.
   */
  implementationDetails?: {};
  [k: string]: unknown;
}
/**
 * mediaCollection of media.adComplete.
 */
export interface LiveAdCompleteMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID: string;
  qoeDataDetails?: QoeDataDetails8;
  [k: string]: unknown;
}
/**
 * The body of POST https://edge.adobedc.net/ee/va/v1/adSkip.
 */
export interface EdgeAdSkipBody {
  /**
   * @minItems 1
   */
  events: [EdgeAdSkipEvent, ...EdgeAdSkipEvent[]];
  /**
   * Overrides of the datastream's configuration.
   */
  meta?: {};
  /**
   * What the answer should hold.
   */
  query?: {};
  [k: string]: unknown;
}
/**
 * The event.
 */
export interface EdgeAdSkipEvent {
  xdm: EdgeAdSkipXdm;
  [k: string]: unknown;
}
/**
 * The XDM data of a media.adSkip event.
 */
export interface EdgeAdSkipXdm {
  eventType: "media.adSkip";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  timestamp: string;
  mediaCollection: LiveAdSkipMediaCollection;
  /**
   * The visitor's identities.
   */
  identityMap?: {};
  /**
   * The client that sent it.
   */
  implementationDetails?: {};
  [k: string]: unknown;
}
/**
 * mediaCollection of media.adSkip.
 */
export interface LiveAdSkipMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID: string;
  qoeDataDetails?: QoeDataDetails9;
  [k: string]: unknown;
}
/**
 * The body of POST https://edge.adobedc.net/ee/va/v1/chapterStart.
 */
export interface EdgeChapterStartBody {
  /**
   * @minItems 1
   */
  events: [EdgeChapterStartEvent, ...EdgeChapterStartEvent[]];
  /**
   * Overrides of the datastream's configuration.
   */
  meta?: {};
  /**
   * What the answer should hold.
   */
  query?: {};
  [k: string]: unknown;
}
/**
 * The event.
 */
export interface EdgeChapterStartEvent {
  xdm: EdgeChapterStartXdm;
  [k: string]: unknown;
}
/**
 * The XDM data of a media.chapterStart event.
 */
export interface EdgeChapterStartXdm {
  eventType: "media.chapterStart";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  timestamp: string;
  mediaCollection: LiveChapterStartMediaCollection;
  /**
   * The visitor's identities.
   */
  identityMap?: {};
  /**
   * The client that sent it.
   */
  implementationDetails?: {};
  [k: string]: unknown;
}
/**
 * mediaCollection of media.chapterStart.
 */
export interface LiveChapterStartMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID: string;
  qoeDataDetails?: QoeDataDetails10;
  chapterDetails: ChapterDetails;
  customMetadata?: EdgeCustomMetadata2;
  [k: string]: unknown;
}
/**
 * The chapter that starts.
 */
export interface ChapterDetails {
  /**
   * The chapter's name (media.chapter.friendlyName).
   */
  friendlyName?: string;
  /**
   * The chapter's position, from 1 (media.chapter.index).
   */
  index?: number;
  /**
   * The chapter's length in whole seconds (media.chapter.length).
   */
  length?: number;
  /**
   * Where in the content the chapter begins, in whole seconds (media.chapter.offset).
   */
  offset?: number;
  [k: string]: unknown;
}
/**
 * The body of POST https://edge.adobedc.net/ee/va/v1/chapterComplete.
 */
export interface EdgeChapterCompleteBody {
  /**
   * @minItems 1
   */
  events: [EdgeChapterCompleteEvent, ...EdgeChapterCompleteEvent[]];
  /**
   * Overrides of the datastream's configuration.
   */
  meta?: {};
  /**
   * What the answer should hold.
   */
  query?: {};
  [k: string]: unknown;
}
/**
 * The event.
 */
export interface EdgeChapterCompleteEvent {
  xdm: EdgeChapterCompleteXdm;
  [k: string]: unknown;
}
/**
 * The XDM data of a media.chapterComplete event.
 */
export interface EdgeChapterCompleteXdm {
  eventType: "media.chapterComplete";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  timestamp: string;
  mediaCollection: LiveChapterCompleteMediaCollection;
  /**
   * The visitor's identities.
   */
  identityMap?: {};
  /**
   * The client that sent it.
   */
  implementationDetails?: {};
  [k: string]: unknown;
}
/**
 * mediaCollection of media.chapterComplete.
 */
export interface LiveChapterCompleteMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID: string;
  qoeDataDetails?: QoeDataDetails11;
  [k: string]: unknown;
}
/**
 * The body of POST https://edge.adobedc.net/ee/va/v1/chapterSkip.
 */
export interface EdgeChapterSkipBody {
  /**
   * @minItems 1
   */
  events: [EdgeChapterSkipEvent, ...EdgeChapterSkipEvent[]];
  /**
   * Overrides of the datastream's configuration.
   */
  meta?: {};
  /**
   * What the answer should hold.
   */
  query?: {};
  [k: string]: unknown;
}
/**
 * The event.
 */
export interface EdgeChapterSkipEvent {
  xdm: EdgeChapterSkipXdm;
  [k: string]: unknown;
}
/**
 * The XDM data of a media.chapterSkip event.
 */
export interface EdgeChapterSkipXdm {
  eventType: "media.chapterSkip";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  timestamp: string;
  mediaCollection: LiveChapterSkipMediaCollection;
  /**
   * The visitor's identities.
   */
  identityMap?: {};
  /**
   * The client that sent it.
   */
  implementationDetails?: {};
  [k: string]: unknown;
}
/**
 * mediaCollection of media.chapterSkip.
 */
export interface LiveChapterSkipMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID: string;
  qoeDataDetails?: QoeDataDetails12;
  [k: string]: unknown;
}
/**
 * The body of POST https://edge.adobedc.net/ee/va/v1/bitrateChange.
 */
export interface EdgeBitrateChangeBody {
  /**
   * @minItems 1
   */
  events: [EdgeBitrateChangeEvent, ...EdgeBitrateChangeEvent[]];
  /**
   * Overrides of the datastream's configuration.
   */
  meta?: {};
  /**
   * What the answer should hold.
   */
  query?: {};
  [k: string]: unknown;
}
/**
 * The event.
 */
export interface EdgeBitrateChangeEvent {
  xdm: EdgeBitrateChangeXdm;
  [k: string]: unknown;
}
/**
 * The XDM data of a media.bitrateChange event.
 */
export interface EdgeBitrateChangeXdm {
  eventType: "media.bitrateChange";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  timestamp: string;
  mediaCollection: LiveBitrateChangeMediaCollection;
  /**
   * The visitor's identities.
   */
  identityMap?: {};
  /**
   * The client that sent it.
   */
  implementationDetails?: {};
  [k: string]: unknown;
}
/**
 * mediaCollection of media.bitrateChange.
 */
export interface LiveBitrateChangeMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID: string;
  qoeDataDetails: QoeDataDetails13;
  [k: string]: unknown;
}
/**
 * The body of POST https://edge.adobedc.net/ee/va/v1/error.
 */
export interface EdgeErrorBody {
  /**
   * @minItems 1
   */
  events: [EdgeErrorEvent, ...EdgeErrorEvent[]];
  /**
   * Overrides of the datastream's configuration.
   */
  meta?: {};
  /**
   * What the answer should hold.
   */
  query?: {};
  [k: string]: unknown;
}
/**
 * The event.
 */
export interface EdgeErrorEvent {
  xdm: EdgeErrorXdm;
  [k: string]: unknown;
}
/**
 * The XDM data of a media.error event.
 */
export interface EdgeErrorXdm {
  eventType: "media.error";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  timestamp: string;
  mediaCollection: LiveErrorMediaCollection;
  /**
   * The visitor's identities.
   */
  identityMap?: {};
  /**
   * The client that sent it.
   */
  implementationDetails?: {};
  [k: string]: unknown;
}
/**
 * mediaCollection of media.error.
 */
export interface LiveErrorMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID: string;
  qoeDataDetails?: QoeDataDetails14;
  errorDetails: ErrorDetails;
  [k: string]: unknown;
}
/**
 * The error.
 */
export interface ErrorDetails {
  /**
   * The error's ID (media.errorId).
   */
  name: string;
  /**
   * Where the error comes from: player or external (media.errorSource).
   */
  source: "player" | "external";
  [k: string]: unknown;
}
/**
 * The body of POST https://edge.adobedc.net/ee/va/v1/statesUpdate.
 */
export interface EdgeStatesUpdateBody {
  /**
   * @minItems 1
   */
  events: [EdgeStatesUpdateEvent, ...EdgeStatesUpdateEvent[]];
  /**
   * Overrides of the datastream's configuration.
   */
  meta?: {};
  /**
   * What the answer should hold.
   */
  query?: {};
  [k: string]: unknown;
}
/**
 * The event.
 */
export interface EdgeStatesUpdateEvent {
  xdm: EdgeStatesUpdateXdm;
  [k: string]: unknown;
}
/**
 * The XDM data of a media.statesUpdate event.
 */
export interface EdgeStatesUpdateXdm {
  eventType: "media.statesUpdate";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  timestamp: string;
  mediaCollection: LiveStatesUpdateMediaCollection;
  /**
   * The visitor's identities.
   */
  identityMap?: {};
  /**
   * The client that sent it.
   */
  implementationDetails?: {};
  [k: string]: unknown;
}
/**
 * mediaCollection of media.statesUpdate.
 */
export interface LiveStatesUpdateMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID: string;
  qoeDataDetails?: QoeDataDetails15;
  /**
   * States that start.
   */
  statesStart?: PlayerState[];
  /**
   * States that end.
   */
  statesEnd?: PlayerState1[];
  [k: string]: unknown;
}
/**
 * One player state.
 */
export interface PlayerState {
  /**
   * The state's name: fullscreen, mute, closedCaptioning, pictureInPicture, inFocus, or one of the application's own.
   */
  name: string;
  [k: string]: unknown;
}
/**
 * One player state.
 */
export interface PlayerState1 {
  /**
   * The state's name: fullscreen, mute, closedCaptioning, pictureInPicture, inFocus, or one of the application's own.
   */
  name: string;
  [k: string]: unknown;
}
/**
 * The body of POST https://edge.adobedc.net/ee/va/v1/sessionComplete.
 */
export interface EdgeSessionCompleteBody {
  /**
   * @minItems 1
   */
  events: [EdgeSessionCompleteEvent, ...EdgeSessionCompleteEvent[]];
  /**
   * Overrides of the datastream's configuration.
   */
  meta?: {};
  /**
   * What the answer should hold.
   */
  query?: {};
  [k: string]: unknown;
}
/**
 * The event.
 */
export interface EdgeSessionCompleteEvent {
  xdm: EdgeSessionCompleteXdm;
  [k: string]: unknown;
}
/**
 * The XDM data of a media.sessionComplete event.
 */
export interface EdgeSessionCompleteXdm {
  eventType: "media.sessionComplete";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  timestamp: string;
  mediaCollection: LiveSessionCompleteMediaCollection;
  /**
   * The visitor's identities.
   */
  identityMap?: {};
  /**
   * The client that sent it.
   */
  implementationDetails?: {};
  [k: string]: unknown;
}
/**
 * mediaCollection of media.sessionComplete.
 */
export interface LiveSessionCompleteMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID: string;
  qoeDataDetails?: QoeDataDetails16;
  [k: string]: unknown;
}
/**
 * The body of POST https://edge.adobedc.net/ee/va/v1/sessionEnd.
 */
export interface EdgeSessionEndBody {
  /**
   * @minItems 1
   */
  events: [EdgeSessionEndEvent, ...EdgeSessionEndEvent[]];
  /**
   * Overrides of the datastream's configuration.
   */
  meta?: {};
  /**
   * What the answer should hold.
   */
  query?: {};
  [k: string]: unknown;
}
/**
 * The event.
 */
export interface EdgeSessionEndEvent {
  xdm: EdgeSessionEndXdm;
  [k: string]: unknown;
}
/**
 * The XDM data of a media.sessionEnd event.
 */
export interface EdgeSessionEndXdm {
  eventType: "media.sessionEnd";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  timestamp: string;
  mediaCollection: LiveSessionEndMediaCollection;
  /**
   * The visitor's identities.
   */
  identityMap?: {};
  /**
   * The client that sent it.
   */
  implementationDetails?: {};
  [k: string]: unknown;
}
/**
 * mediaCollection of media.sessionEnd.
 */
export interface LiveSessionEndMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID: string;
  qoeDataDetails?: QoeDataDetails17;
  [k: string]: unknown;
}
/**
 * The body of POST https://edge.adobedc.net/ee/va/v1/downloaded.
 */
export interface EdgeDownloadedBody {
  /**
   * @minItems 1
   */
  events: [EdgeDownloadedEvent, ...EdgeDownloadedEvent[]];
  /**
   * Overrides of the datastream's configuration.
   */
  meta?: {};
  /**
   * What the answer should hold.
   */
  query?: {};
  [k: string]: unknown;
}
/**
 * The event.
 */
export interface EdgeDownloadedEvent {
  xdm: EdgeDownloadedXdm;
  [k: string]: unknown;
}
/**
 * The XDM data of a downloaded session: its events, sessionStart first.
 */
export interface EdgeDownloadedXdm {
  eventType: "media.downloaded";
  /**
   * The visitor's identities.
   */
  identityMap?: {};
  /**
   * The client that sent it.
   */
  implementationDetails?: {};
  /**
   * @minItems 1
   */
  mediaDownloadedEvents: [DownloadedSessionStartEvent, ...DownloadedEvent[]];
  [k: string]: unknown;
}
/**
 * A media.sessionStart event of a downloaded session.
 */
export interface DownloadedSessionStartEvent {
  mediaEventType: "media.sessionStart";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  mediaEventTimestamp: string;
  mediaCollection: SessionStartMediaCollection;
  [k: string]: unknown;
}
/**
 * mediaCollection of media.sessionStart.
 */
export interface SessionStartMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  qoeDataDetails?: QoeDataDetails18;
  sessionDetails: SessionDetails1;
  customMetadata?: EdgeCustomMetadata3;
  [k: string]: unknown;
}
/**
 * The content of the session.
 */
export interface SessionDetails1 {
  /**
   * The content's ID (media.id in the Media Collection API).
   */
  name: string;
  /**
   * The content's name (media.name).
   */
  friendlyName?: string;
  /**
   * The content's length in whole seconds (media.length).
   */
  length: number;
  /**
   * The kind of stream: vod, live, linear, ugc, dvod, radio, podcast, audiobook or song (media.contentType).
   */
  contentType: string;
  /**
   * The player's name (media.playerName).
   */
  playerName?: string;
  /**
   * The distribution channel (media.channel).
   */
  channel?: string;
  /**
   * audio or video.
   */
  streamType?: "video" | "audio";
  /**
   * Whether the session resumes an earlier one (media.resume).
   */
  hasResume?: boolean;
  /**
   * Whether the content was downloaded (media.downloaded).
   */
  isDownloaded?: boolean;
  /**
   * The application's version (media.sdkVersion).
   */
  appVersion?: string;
  /**
   * The asset's ID (media.assetId).
   */
  assetID?: string;
  /**
   * Standard metadata: show.
   */
  show?: string;
  /**
   * Standard metadata: season.
   */
  season?: string;
  /**
   * Standard metadata: episode.
   */
  episode?: string;
  /**
   * Standard metadata: genre.
   */
  genre?: string;
  /**
   * Standard metadata: firstAirDate.
   */
  firstAirDate?: string;
  /**
   * Standard metadata: firstDigitalDate.
   */
  firstDigitalDate?: string;
  /**
   * Standard metadata: rating.
   */
  rating?: string;
  /**
   * Standard metadata: originator.
   */
  originator?: string;
  /**
   * Standard metadata: network.
   */
  network?: string;
  /**
   * Standard metadata: showType.
   */
  showType?: string;
  /**
   * Standard metadata: adLoad.
   */
  adLoad?: string;
  /**
   * Standard metadata: mvpd.
   */
  mvpd?: string;
  /**
   * Standard metadata: authorized.
   */
  authorized?: string;
  /**
   * Standard metadata: dayPart.
   */
  dayPart?: string;
  /**
   * Standard metadata: feed.
   */
  feed?: string;
  /**
   * Standard metadata: streamFormat.
   */
  streamFormat?: string;
  /**
   * Standard metadata: artist.
   */
  artist?: string;
  /**
   * Standard metadata: album.
   */
  album?: string;
  /**
   * Standard metadata: label.
   */
  label?: string;
  /**
   * Standard metadata: author.
   */
  author?: string;
  /**
   * Standard metadata: station.
   */
  station?: string;
  /**
   * Standard metadata: publisher.
   */
  publisher?: string;
  [k: string]: unknown;
} /**
 * A media.play event of a downloaded session.
 */
export interface DownloadedPlayEvent {
  mediaEventType: "media.play";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  mediaEventTimestamp: string;
  mediaCollection: PlayMediaCollection;
  [k: string]: unknown;
}
/**
 * mediaCollection of media.play.
 */
export interface PlayMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID?: string;
  qoeDataDetails?: QoeDataDetails19;
  [k: string]: unknown;
}
/**
 * A media.ping event of a downloaded session.
 */
export interface DownloadedPingEvent {
  mediaEventType: "media.ping";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  mediaEventTimestamp: string;
  mediaCollection: PingMediaCollection;
  [k: string]: unknown;
}
/**
 * mediaCollection of media.ping.
 */
export interface PingMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID?: string;
  qoeDataDetails?: QoeDataDetails20;
  [k: string]: unknown;
}
/**
 * A media.bufferStart event of a downloaded session.
 */
export interface DownloadedBufferStartEvent {
  mediaEventType: "media.bufferStart";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  mediaEventTimestamp: string;
  mediaCollection: BufferStartMediaCollection;
  [k: string]: unknown;
}
/**
 * mediaCollection of media.bufferStart.
 */
export interface BufferStartMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID?: string;
  qoeDataDetails?: QoeDataDetails21;
  [k: string]: unknown;
}
/**
 * A media.pauseStart event of a downloaded session.
 */
export interface DownloadedPauseStartEvent {
  mediaEventType: "media.pauseStart";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  mediaEventTimestamp: string;
  mediaCollection: PauseStartMediaCollection;
  [k: string]: unknown;
}
/**
 * mediaCollection of media.pauseStart.
 */
export interface PauseStartMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID?: string;
  qoeDataDetails?: QoeDataDetails22;
  [k: string]: unknown;
}
/**
 * A media.adBreakStart event of a downloaded session.
 */
export interface DownloadedAdBreakStartEvent {
  mediaEventType: "media.adBreakStart";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  mediaEventTimestamp: string;
  mediaCollection: AdBreakStartMediaCollection;
  [k: string]: unknown;
}
/**
 * mediaCollection of media.adBreakStart.
 */
export interface AdBreakStartMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID?: string;
  qoeDataDetails?: QoeDataDetails23;
  advertisingPodDetails: AdvertisingPodDetails1;
  [k: string]: unknown;
}
/**
 * The ad break that starts.
 */
export interface AdvertisingPodDetails1 {
  /**
   * The ad break's name (media.ad.podFriendlyName).
   */
  friendlyName?: string;
  /**
   * The ad break's index in the content, from 1 (media.ad.podIndex).
   */
  index?: number;
  /**
   * Where in the content the ad break plays, in whole seconds (media.ad.podSecond).
   */
  offset?: number;
  [k: string]: unknown;
}
/**
 * A media.adBreakComplete event of a downloaded session.
 */
export interface DownloadedAdBreakCompleteEvent {
  mediaEventType: "media.adBreakComplete";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  mediaEventTimestamp: string;
  mediaCollection: AdBreakCompleteMediaCollection;
  [k: string]: unknown;
}
/**
 * mediaCollection of media.adBreakComplete.
 */
export interface AdBreakCompleteMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID?: string;
  qoeDataDetails?: QoeDataDetails24;
  [k: string]: unknown;
}
/**
 * A media.adStart event of a downloaded session.
 */
export interface DownloadedAdStartEvent {
  mediaEventType: "media.adStart";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  mediaEventTimestamp: string;
  mediaCollection: AdStartMediaCollection;
  [k: string]: unknown;
}
/**
 * mediaCollection of media.adStart.
 */
export interface AdStartMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID?: string;
  qoeDataDetails?: QoeDataDetails25;
  advertisingDetails: AdvertisingDetails1;
  customMetadata?: EdgeCustomMetadata4;
  [k: string]: unknown;
}
/**
 * The ad that starts.
 */
export interface AdvertisingDetails1 {
  /**
   * The ad's ID (media.ad.id).
   */
  name: string;
  /**
   * The ad's name (media.ad.name).
   */
  friendlyName?: string;
  /**
   * The ad's length in whole seconds (media.ad.length).
   */
  length: number;
  /**
   * The ad's position in its pod, from 1 (media.ad.podPosition).
   */
  podPosition: number;
  /**
   * The player that plays the ad (media.ad.playerName).
   */
  playerName?: string;
  /**
   * The advertiser (media.ad.advertiser).
   */
  advertiser?: string;
  /**
   * The campaign's ID (media.ad.campaignId).
   */
  campaignID?: string;
  /**
   * The creative's ID (media.ad.creativeId).
   */
  creativeID?: string;
  /**
   * The creative's URL (media.ad.creativeURL).
   */
  creativeURL?: string;
  /**
   * The placement's ID (media.ad.placementId).
   */
  placementID?: string;
  /**
   * The site's ID (media.ad.siteId).
   */
  siteID?: string;
  [k: string]: unknown;
}
/**
 * A media.adComplete event of a downloaded session.
 */
export interface DownloadedAdCompleteEvent {
  mediaEventType: "media.adComplete";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  mediaEventTimestamp: string;
  mediaCollection: AdCompleteMediaCollection;
  [k: string]: unknown;
}
/**
 * mediaCollection of media.adComplete.
 */
export interface AdCompleteMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID?: string;
  qoeDataDetails?: QoeDataDetails26;
  [k: string]: unknown;
}
/**
 * A media.adSkip event of a downloaded session.
 */
export interface DownloadedAdSkipEvent {
  mediaEventType: "media.adSkip";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  mediaEventTimestamp: string;
  mediaCollection: AdSkipMediaCollection;
  [k: string]: unknown;
}
/**
 * mediaCollection of media.adSkip.
 */
export interface AdSkipMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID?: string;
  qoeDataDetails?: QoeDataDetails27;
  [k: string]: unknown;
}
/**
 * A media.chapterStart event of a downloaded session.
 */
export interface DownloadedChapterStartEvent {
  mediaEventType: "media.chapterStart";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  mediaEventTimestamp: string;
  mediaCollection: ChapterStartMediaCollection;
  [k: string]: unknown;
}
/**
 * mediaCollection of media.chapterStart.
 */
export interface ChapterStartMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID?: string;
  qoeDataDetails?: QoeDataDetails28;
  chapterDetails: ChapterDetails1;
  customMetadata?: EdgeCustomMetadata5;
  [k: string]: unknown;
}
/**
 * The chapter that starts.
 */
export interface ChapterDetails1 {
  /**
   * The chapter's name (media.chapter.friendlyName).
   */
  friendlyName?: string;
  /**
   * The chapter's position, from 1 (media.chapter.index).
   */
  index?: number;
  /**
   * The chapter's length in whole seconds (media.chapter.length).
   */
  length?: number;
  /**
   * Where in the content the chapter begins, in whole seconds (media.chapter.offset).
   */
  offset?: number;
  [k: string]: unknown;
}
/**
 * A media.chapterComplete event of a downloaded session.
 */
export interface DownloadedChapterCompleteEvent {
  mediaEventType: "media.chapterComplete";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  mediaEventTimestamp: string;
  mediaCollection: ChapterCompleteMediaCollection;
  [k: string]: unknown;
}
/**
 * mediaCollection of media.chapterComplete.
 */
export interface ChapterCompleteMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID?: string;
  qoeDataDetails?: QoeDataDetails29;
  [k: string]: unknown;
}
/**
 * A media.chapterSkip event of a downloaded session.
 */
export interface DownloadedChapterSkipEvent {
  mediaEventType: "media.chapterSkip";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  mediaEventTimestamp: string;
  mediaCollection: ChapterSkipMediaCollection;
  [k: string]: unknown;
}
/**
 * mediaCollection of media.chapterSkip.
 */
export interface ChapterSkipMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID?: string;
  qoeDataDetails?: QoeDataDetails30;
  [k: string]: unknown;
}
/**
 * A media.bitrateChange event of a downloaded session.
 */
export interface DownloadedBitrateChangeEvent {
  mediaEventType: "media.bitrateChange";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  mediaEventTimestamp: string;
  mediaCollection: BitrateChangeMediaCollection;
  [k: string]: unknown;
}
/**
 * mediaCollection of media.bitrateChange.
 */
export interface BitrateChangeMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID?: string;
  qoeDataDetails: QoeDataDetails31;
  [k: string]: unknown;
}
/**
 * A media.error event of a downloaded session.
 */
export interface DownloadedErrorEvent {
  mediaEventType: "media.error";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  mediaEventTimestamp: string;
  mediaCollection: ErrorMediaCollection;
  [k: string]: unknown;
}
/**
 * mediaCollection of media.error.
 */
export interface ErrorMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID?: string;
  qoeDataDetails?: QoeDataDetails32;
  errorDetails: ErrorDetails1;
  [k: string]: unknown;
}
/**
 * The error.
 */
export interface ErrorDetails1 {
  /**
   * The error's ID (media.errorId).
   */
  name: string;
  /**
   * Where the error comes from: player or external (media.errorSource).
   */
  source: "player" | "external";
  [k: string]: unknown;
}
/**
 * A media.statesUpdate event of a downloaded session.
 */
export interface DownloadedStatesUpdateEvent {
  mediaEventType: "media.statesUpdate";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  mediaEventTimestamp: string;
  mediaCollection: StatesUpdateMediaCollection;
  [k: string]: unknown;
}
/**
 * mediaCollection of media.statesUpdate.
 */
export interface StatesUpdateMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID?: string;
  qoeDataDetails?: QoeDataDetails33;
  /**
   * States that start.
   */
  statesStart?: PlayerState2[];
  /**
   * States that end.
   */
  statesEnd?: PlayerState3[];
  [k: string]: unknown;
}
/**
 * One player state.
 */
export interface PlayerState2 {
  /**
   * The state's name: fullscreen, mute, closedCaptioning, pictureInPicture, inFocus, or one of the application's own.
   */
  name: string;
  [k: string]: unknown;
}
/**
 * One player state.
 */
export interface PlayerState3 {
  /**
   * The state's name: fullscreen, mute, closedCaptioning, pictureInPicture, inFocus, or one of the application's own.
   */
  name: string;
  [k: string]: unknown;
}
/**
 * A media.sessionComplete event of a downloaded session.
 */
export interface DownloadedSessionCompleteEvent {
  mediaEventType: "media.sessionComplete";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  mediaEventTimestamp: string;
  mediaCollection: SessionCompleteMediaCollection;
  [k: string]: unknown;
}
/**
 * mediaCollection of media.sessionComplete.
 */
export interface SessionCompleteMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID?: string;
  qoeDataDetails?: QoeDataDetails34;
  [k: string]: unknown;
}
/**
 * A media.sessionEnd event of a downloaded session.
 */
export interface DownloadedSessionEndEvent {
  mediaEventType: "media.sessionEnd";
  /**
   * When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
   */
  mediaEventTimestamp: string;
  mediaCollection: SessionEndMediaCollection;
  [k: string]: unknown;
}
/**
 * mediaCollection of media.sessionEnd.
 */
export interface SessionEndMediaCollection {
  /**
   * Where the player is.
   */
  playhead: number;
  /**
   * The session the event belongs to.
   */
  sessionID?: string;
  qoeDataDetails?: QoeDataDetails35;
  [k: string]: unknown;
}
