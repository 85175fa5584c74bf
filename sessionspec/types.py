"""Typed bodies of Adobe's Media Collection API, generated from sessionStart schema 2.0 and events schema 2.0; do not edit: run python types/generate.py."""

from __future__ import annotations

from typing import Any, Literal, TypeAlias, TypedDict

from typing_extensions import NotRequired


class PlayerTime(TypedDict):
    """
    Where the player is and when the event happened. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
    """

    playhead: float
    """
    Current playhead position in seconds; may have a fraction. During an ad, the main content's position. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
    """
    ts: int
    """
    Time of the event as a Unix time in milliseconds (UTC), between 2001-09-09 and 9999-12-31; each event's ts later than the one before. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-ctrl-order.md.
    """


CustomMetadata: TypeAlias = dict[str, str]
"""
Your own metadata, on adStart and chapterStart only: keys of letters, digits, '_' and '.', string values. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
"""


QoeData = TypedDict(
    'QoeData',
    {
        'media.qoe.bitrate': NotRequired[int],
        'media.qoe.droppedFrames': NotRequired[int],
        'media.qoe.framesPerSecond': NotRequired[int],
        'media.qoe.timeToStart': NotRequired[int],
        'media.qoe.errorID': NotRequired[str],
        'media.qoe.errorSource': NotRequired[str],
    },
)


class CustomerId(TypedDict):
    """
    One customer ID.
    """

    id: str
    """
    The customer ID.
    """
    authState: Literal[0, 1, 2]
    """
    Authentication state: 0 unknown, 1 authenticated, 2 logged out.
    """


SessionStartParams = TypedDict(
    'SessionStartParams',
    {
        'analytics.trackingServer': str,
        'analytics.reportSuite': str,
        'analytics.enableSSL': NotRequired[bool],
        'analytics.visitorId': NotRequired[str],
        'analytics.aid': NotRequired[str],
        'analytics.optOutServerSideForwarding': NotRequired[bool],
        'analytics.optOutShare': NotRequired[bool],
        'visitor.marketingCloudOrgId': str,
        'visitor.marketingCloudUserId': NotRequired[str],
        'visitor.aamLocationHint': NotRequired[int],
        'visitor.customerIDs': NotRequired[dict[str, CustomerId]],
        'appInstallationId': NotRequired[str],
        'media.id': str,
        'media.name': NotRequired[str],
        'media.length': float,
        'media.contentType': str,
        'media.streamType': NotRequired[str],
        'media.playerName': str,
        'media.channel': str,
        'media.publisher': NotRequired[str],
        'media.resume': NotRequired[bool],
        'media.downloaded': NotRequired[Literal[False]],
        'media.sdkVersion': NotRequired[str],
        'media.libraryVersion': NotRequired[str],
        'media.streamFormat': NotRequired[str],
        'media.show': NotRequired[str],
        'media.season': NotRequired[str],
        'media.episode': NotRequired[str],
        'media.assetId': NotRequired[str],
        'media.genre': NotRequired[str],
        'media.firstAirDate': NotRequired[str],
        'media.firstDigitalDate': NotRequired[str],
        'media.rating': NotRequired[str],
        'media.originator': NotRequired[str],
        'media.network': NotRequired[str],
        'media.showType': NotRequired[str],
        'media.adLoad': NotRequired[str],
        'media.pass.mvpd': NotRequired[str],
        'media.pass.auth': NotRequired[str],
        'media.dayPart': NotRequired[str],
        'media.feed': NotRequired[str],
        'media.artist': NotRequired[str],
        'media.album': NotRequired[str],
        'media.label': NotRequired[str],
        'media.author': NotRequired[str],
        'media.station': NotRequired[str],
    },
)


class SessionStartBody(TypedDict):
    """
    The JSON body of POST /api/v1/sessions, which starts a media tracking session. A body valid here is one the Media Collection API accepts with 201 Created. It describes the sessionStart of a live session; that of a downloaded-content batch, which may say media.downloaded: true, is described by the batch schema. Where a member is documented is given as a path in Adobe's Streaming Media documentation (github.com/AdobeDocs/media-analytics.en, under help/implementation/), or as the Analytics Collection APIs developer site (developer.adobe.com/analytics-apis, media collection parameters).
    """

    playerTime: PlayerTime
    eventType: Literal['sessionStart']
    """
    Always sessionStart for this request. Documented: media-collection-api/mc-api-ref/mc-api-sessions-req.md.
    """
    params: SessionStartParams
    """
    Standard parameters of the session: Analytics and Experience Cloud settings and media metadata. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
    """
    customMetadata: NotRequired[CustomMetadata]
    qoeData: NotRequired[QoeData]


DownloadedSessionStartParams = TypedDict(
    'DownloadedSessionStartParams',
    {
        'analytics.trackingServer': str,
        'analytics.reportSuite': str,
        'analytics.enableSSL': NotRequired[bool],
        'analytics.visitorId': NotRequired[str],
        'analytics.aid': NotRequired[str],
        'analytics.optOutServerSideForwarding': NotRequired[bool],
        'analytics.optOutShare': NotRequired[bool],
        'visitor.marketingCloudOrgId': str,
        'visitor.marketingCloudUserId': NotRequired[str],
        'visitor.aamLocationHint': NotRequired[int],
        'visitor.customerIDs': NotRequired[dict[str, CustomerId]],
        'appInstallationId': NotRequired[str],
        'media.id': str,
        'media.name': NotRequired[str],
        'media.length': float,
        'media.contentType': str,
        'media.streamType': NotRequired[str],
        'media.playerName': str,
        'media.channel': str,
        'media.publisher': NotRequired[str],
        'media.resume': NotRequired[bool],
        'media.downloaded': NotRequired[bool],
        'media.sdkVersion': NotRequired[str],
        'media.libraryVersion': NotRequired[str],
        'media.streamFormat': NotRequired[str],
        'media.show': NotRequired[str],
        'media.season': NotRequired[str],
        'media.episode': NotRequired[str],
        'media.assetId': NotRequired[str],
        'media.genre': NotRequired[str],
        'media.firstAirDate': NotRequired[str],
        'media.firstDigitalDate': NotRequired[str],
        'media.rating': NotRequired[str],
        'media.originator': NotRequired[str],
        'media.network': NotRequired[str],
        'media.showType': NotRequired[str],
        'media.adLoad': NotRequired[str],
        'media.pass.mvpd': NotRequired[str],
        'media.pass.auth': NotRequired[str],
        'media.dayPart': NotRequired[str],
        'media.feed': NotRequired[str],
        'media.artist': NotRequired[str],
        'media.album': NotRequired[str],
        'media.label': NotRequired[str],
        'media.author': NotRequired[str],
        'media.station': NotRequired[str],
    },
)


class DownloadedSessionStartBody(TypedDict):
    """
    The sessionStart that opens a downloaded-content batch.
    """

    playerTime: PlayerTime
    eventType: Literal['sessionStart']
    """
    Always sessionStart for this request. Documented: media-collection-api/mc-api-ref/mc-api-sessions-req.md.
    """
    params: DownloadedSessionStartParams
    """
    Standard parameters of the session: Analytics and Experience Cloud settings and media metadata. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
    """
    customMetadata: NotRequired[CustomMetadata]
    qoeData: NotRequired[QoeData]


class PlayBody(TypedDict):
    """
    The player plays: first frame, or playback resumed after a pause, buffering, an error or a seek. Documented: events/playback/play.md.
    """

    playerTime: PlayerTime
    eventType: Literal['play']
    """
    Always play for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
    """
    params: NotRequired[dict[str, Any]]
    """
    No params are documented for play: an empty object at most. Documented: events/playback/play.md.
    """
    qoeData: NotRequired[QoeData]
    customMetadata: NotRequired[dict[str, Any]]
    """
    Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so play carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
    """


class PingBody(TypedDict):
    """
    Heartbeat: every 10 seconds in main content, every second in ads. Carries no params, or an empty params object. Documented: events/playback/ping.md.
    """

    playerTime: PlayerTime
    eventType: Literal['ping']
    """
    Always ping for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
    """
    params: NotRequired[dict[str, Any]]
    """
    No params are documented for ping, and its page says to send only eventType and playerTime (events/playback/ping.md); the events request page's body template shows "params": {} for every event (media-collection-api/mc-api-ref/mc-api-events-req.md), and Adobe's reference player sends it on ping. An empty object is accepted, as on every event without params; a key in it is not. Documented: events/playback/ping.md; media-collection-api/mc-api-ref/mc-api-events-req.md.
    """
    qoeData: NotRequired[QoeData]
    customMetadata: NotRequired[dict[str, Any]]
    """
    Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so ping carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
    """


class PauseStartBody(TypedDict):
    """
    The viewer paused, or the app went to the background; play ends the pause. Documented: events/playback/pause-start.md.
    """

    playerTime: PlayerTime
    eventType: Literal['pauseStart']
    """
    Always pauseStart for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
    """
    params: NotRequired[dict[str, Any]]
    """
    No params are documented for pauseStart: an empty object at most. Documented: events/playback/pause-start.md.
    """
    qoeData: NotRequired[QoeData]
    customMetadata: NotRequired[dict[str, Any]]
    """
    Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so pauseStart carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
    """


class BufferStartBody(TypedDict):
    """
    Buffering starts; play ends it. Documented: events/playback/buffer-start.md.
    """

    playerTime: PlayerTime
    eventType: Literal['bufferStart']
    """
    Always bufferStart for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
    """
    params: NotRequired[dict[str, Any]]
    """
    No params are documented for bufferStart: an empty object at most. Documented: events/playback/buffer-start.md.
    """
    qoeData: NotRequired[QoeData]
    customMetadata: NotRequired[dict[str, Any]]
    """
    Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so bufferStart carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
    """


class BitrateChangeBody(TypedDict):
    """
    The bitrate changed: the new bitrate goes in qoeData. Documented: events/playback/bitrate-change.md.
    """

    playerTime: PlayerTime
    eventType: Literal['bitrateChange']
    """
    Always bitrateChange for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
    """
    params: NotRequired[dict[str, Any]]
    """
    No params are documented for bitrateChange: an empty object at most. Documented: events/playback/bitrate-change.md.
    """
    qoeData: NotRequired[QoeData]
    customMetadata: NotRequired[dict[str, Any]]
    """
    Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so bitrateChange carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
    """


ErrorParams = TypedDict(
    'ErrorParams',
    {
        'media.errorId': NotRequired[str],
        'media.errorSource': NotRequired[str],
    },
)


class ErrorBody(TypedDict):
    """
    A playback error; it does not end the session. Documented: events/error.md.
    """

    playerTime: PlayerTime
    eventType: Literal['error']
    """
    Always error for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
    """
    params: NotRequired[ErrorParams]
    """
    Error details, as the error page places them (Adobe's SDKs place them in qoeData). Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
    """
    qoeData: NotRequired[QoeData]
    customMetadata: NotRequired[dict[str, Any]]
    """
    Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so error carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
    """


AdBreakStartParams = TypedDict(
    'AdBreakStartParams',
    {
        'media.ad.podFriendlyName': NotRequired[str],
        'media.ad.podIndex': int,
        'media.ad.podSecond': float,
    },
)


class AdBreakStartBody(TypedDict):
    """
    An ad break (pod) starts. Documented: events/ads/ad-break-start.md.
    """

    playerTime: PlayerTime
    eventType: Literal['adBreakStart']
    """
    Always adBreakStart for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
    """
    params: AdBreakStartParams
    """
    Parameters of the ad break. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
    """
    qoeData: NotRequired[QoeData]
    customMetadata: NotRequired[dict[str, Any]]
    """
    Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so adBreakStart carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
    """


class AdBreakCompleteBody(TypedDict):
    """
    The ad break ends. Documented: events/ads/ad-break-complete.md.
    """

    playerTime: PlayerTime
    eventType: Literal['adBreakComplete']
    """
    Always adBreakComplete for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
    """
    params: NotRequired[dict[str, Any]]
    """
    No params are documented for adBreakComplete: an empty object at most. Documented: events/ads/ad-break-complete.md.
    """
    qoeData: NotRequired[QoeData]
    customMetadata: NotRequired[dict[str, Any]]
    """
    Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so adBreakComplete carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
    """


AdStartParams = TypedDict(
    'AdStartParams',
    {
        'media.ad.id': str,
        'media.ad.name': NotRequired[str],
        'media.ad.length': float,
        'media.ad.podPosition': int,
        'media.ad.playerName': str,
        'media.ad.podFriendlyName': NotRequired[str],
        'media.ad.advertiser': NotRequired[str],
        'media.ad.campaignId': NotRequired[str],
        'media.ad.creativeId': NotRequired[str],
        'media.ad.siteId': NotRequired[str],
        'media.ad.creativeURL': NotRequired[str],
        'media.ad.placementId': NotRequired[str],
    },
)


class AdStartBody(TypedDict):
    """
    An ad starts, inside an ad break. Documented: events/ads/ad-start.md.
    """

    playerTime: PlayerTime
    eventType: Literal['adStart']
    """
    Always adStart for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
    """
    params: AdStartParams
    """
    Parameters of the ad. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
    """
    customMetadata: NotRequired[CustomMetadata]
    qoeData: NotRequired[QoeData]


class AdCompleteBody(TypedDict):
    """
    The ad played to its end. Documented: events/ads/ad-complete.md.
    """

    playerTime: PlayerTime
    eventType: Literal['adComplete']
    """
    Always adComplete for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
    """
    params: NotRequired[dict[str, Any]]
    """
    No params are documented for adComplete: an empty object at most. Documented: events/ads/ad-complete.md.
    """
    qoeData: NotRequired[QoeData]
    customMetadata: NotRequired[dict[str, Any]]
    """
    Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so adComplete carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
    """


class AdSkipBody(TypedDict):
    """
    The viewer skipped the ad. Documented: events/ads/ad-skip.md.
    """

    playerTime: PlayerTime
    eventType: Literal['adSkip']
    """
    Always adSkip for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
    """
    params: NotRequired[dict[str, Any]]
    """
    No params are documented for adSkip: an empty object at most. Documented: events/ads/ad-skip.md.
    """
    qoeData: NotRequired[QoeData]
    customMetadata: NotRequired[dict[str, Any]]
    """
    Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so adSkip carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
    """


ChapterStartParams = TypedDict(
    'ChapterStartParams',
    {
        'media.chapter.index': int,
        'media.chapter.offset': float,
        'media.chapter.length': float,
        'media.chapter.friendlyName': NotRequired[str],
    },
)


class ChapterStartBody(TypedDict):
    """
    A chapter starts. Documented: events/chapters/chapter-start.md.
    """

    playerTime: PlayerTime
    eventType: Literal['chapterStart']
    """
    Always chapterStart for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
    """
    params: ChapterStartParams
    """
    Parameters of the chapter. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
    """
    customMetadata: NotRequired[CustomMetadata]
    qoeData: NotRequired[QoeData]


class ChapterCompleteBody(TypedDict):
    """
    The chapter played to its end. Documented: events/chapters/chapter-complete.md.
    """

    playerTime: PlayerTime
    eventType: Literal['chapterComplete']
    """
    Always chapterComplete for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
    """
    params: NotRequired[dict[str, Any]]
    """
    No params are documented for chapterComplete: an empty object at most. Documented: events/chapters/chapter-complete.md.
    """
    qoeData: NotRequired[QoeData]
    customMetadata: NotRequired[dict[str, Any]]
    """
    Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so chapterComplete carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
    """


class ChapterSkipBody(TypedDict):
    """
    The chapter was left before its end. Documented: events/chapters/chapter-skip.md.
    """

    playerTime: PlayerTime
    eventType: Literal['chapterSkip']
    """
    Always chapterSkip for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
    """
    params: NotRequired[dict[str, Any]]
    """
    No params are documented for chapterSkip: an empty object at most. Documented: events/chapters/chapter-skip.md.
    """
    qoeData: NotRequired[QoeData]
    customMetadata: NotRequired[dict[str, Any]]
    """
    Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so chapterSkip carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
    """


StateStartParams = TypedDict(
    'StateStartParams',
    {
        'media.state.name': str
    },
)


class StateStartBody(TypedDict):
    """
    The player enters a state (fullscreen, mute...). Documented: events/player-state/state-start.md.
    """

    playerTime: PlayerTime
    eventType: Literal['stateStart']
    """
    Always stateStart for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
    """
    params: StateStartParams
    """
    The player state that starts. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
    """
    qoeData: NotRequired[QoeData]
    customMetadata: NotRequired[dict[str, Any]]
    """
    Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so stateStart carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
    """


StateEndParams = TypedDict(
    'StateEndParams',
    {
        'media.state.name': str
    },
)


class StateEndBody(TypedDict):
    """
    The player leaves a state. Documented: events/player-state/state-end.md.
    """

    playerTime: PlayerTime
    eventType: Literal['stateEnd']
    """
    Always stateEnd for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
    """
    params: StateEndParams
    """
    The player state that ends. Documented: media-collection-api/mc-api-ref/mc-api-req-params.md.
    """
    qoeData: NotRequired[QoeData]
    customMetadata: NotRequired[dict[str, Any]]
    """
    Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so stateEnd carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
    """


StatesStartItem = TypedDict(
    'StatesStartItem',
    {
        'media.state.name': str
    },
)


StatesEndItem = TypedDict(
    'StatesEndItem',
    {
        'media.state.name': str
    },
)


class StatesUpdateParamsWithStatesStart(TypedDict):
    """
    The states that end and the states that start, in one call; at least one of the two lists. Documented: events/player-state/overview.md.
    """

    statesStart: list[StatesStartItem]
    """
    States that start. Documented: events/player-state/overview.md.
    """
    statesEnd: NotRequired[list[StatesEndItem]]
    """
    States that end. Documented: events/player-state/overview.md.
    """


class StatesUpdateParamsWithStatesEnd(TypedDict):
    """
    The states that end and the states that start, in one call; at least one of the two lists. Documented: events/player-state/overview.md.
    """

    statesStart: NotRequired[list[StatesStartItem]]
    """
    States that start. Documented: events/player-state/overview.md.
    """
    statesEnd: list[StatesEndItem]
    """
    States that end. Documented: events/player-state/overview.md.
    """


StatesUpdateParams: TypeAlias = StatesUpdateParamsWithStatesStart | StatesUpdateParamsWithStatesEnd
"""
The states that end and the states that start, in one call; at least one of the two lists. Documented: events/player-state/overview.md.
"""


class StatesUpdateBody(TypedDict):
    """
    Ends a list of player states and starts another in one call (documented on the player-state pages only). Documented: events/player-state/overview.md.
    """

    playerTime: PlayerTime
    eventType: Literal['statesUpdate']
    """
    Always statesUpdate for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
    """
    params: StatesUpdateParams
    """
    The states that end and the states that start, in one call; at least one of the two lists. Documented: events/player-state/overview.md.
    """
    qoeData: NotRequired[QoeData]
    customMetadata: NotRequired[dict[str, Any]]
    """
    Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so statesUpdate carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
    """


class SessionCompleteBody(TypedDict):
    """
    The main content reached its end; the session stays open. Documented: events/session/session-complete.md.
    """

    playerTime: PlayerTime
    eventType: Literal['sessionComplete']
    """
    Always sessionComplete for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
    """
    params: NotRequired[dict[str, Any]]
    """
    No params are documented for sessionComplete: an empty object at most. Documented: events/session/session-complete.md.
    """
    qoeData: NotRequired[QoeData]
    customMetadata: NotRequired[dict[str, Any]]
    """
    Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so sessionComplete carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
    """


class SessionEndBody(TypedDict):
    """
    The viewer left: the session closes at once. Documented: events/session/session-end.md.
    """

    playerTime: PlayerTime
    eventType: Literal['sessionEnd']
    """
    Always sessionEnd for this event. Documented: media-collection-api/mc-api-ref/mc-api-events-req.md.
    """
    params: NotRequired[dict[str, Any]]
    """
    No params are documented for sessionEnd: an empty object at most. Documented: events/session/session-end.md.
    """
    qoeData: NotRequired[QoeData]
    customMetadata: NotRequired[dict[str, Any]]
    """
    Custom metadata is read only on adStart and chapterStart among events (media-collection-api/mc-api-ref/mc-api-events-req.md), so sessionEnd carries none; an empty object, which a player vendor's connector sends, carries nothing and is accepted (warning SS313). Documented: media-collection-api/mc-api-ref/mc-api-events-req.md; media-collection-api/mc-api-impl/mc-api-custom-meta.md.
    """


EventBody: TypeAlias = PlayBody | PingBody | PauseStartBody | BufferStartBody | BitrateChangeBody | ErrorBody | AdBreakStartBody | AdBreakCompleteBody | AdStartBody | AdCompleteBody | AdSkipBody | ChapterStartBody | ChapterCompleteBody | ChapterSkipBody | StateStartBody | StateEndBody | StatesUpdateBody | SessionCompleteBody | SessionEndBody
"""
Any body of POST /api/v1/sessions/{sid}/events.
"""


DownloadedBatch: TypeAlias = list[DownloadedSessionStartBody | EventBody]
"""
The body of POST /api/v1/downloaded: one downloaded session's calls, its sessionStart first.
"""


class QoeDataDetails(TypedDict):
    """
    Quality of experience, whole numbers. null is accepted: Adobe's Web SDK media bridge sends it until the application gives its first values. Documented: XDM qoeDataDetails.
    """

    bitrate: NotRequired[int]
    """
    Bitrate in kbps (media.qoe.bitrate).
    """
    droppedFrames: NotRequired[int]
    """
    Dropped frames (media.qoe.droppedFrames).
    """
    framesPerSecond: NotRequired[int]
    """
    Frames per second (media.qoe.framesPerSecond).
    """
    timeToStart: NotRequired[int]
    """
    Time to start, in milliseconds (media.qoe.timeToStart).
    """


class EdgeCustomMetadatum(TypedDict):
    """
    One pair.
    """

    name: str
    """
    The key.
    """
    value: str
    """
    The value.
    """


EdgeCustomMetadata: TypeAlias = list[EdgeCustomMetadatum]
"""
Custom metadata, as name and value pairs: inside mediaCollection, where the OpenAPI description, XDM and every Adobe client put it (one page of Adobe's documentation says xdm.customMetadata; its own example does not).
"""


class SessionDetails(TypedDict):
    """
    The content of the session. Required: name, length and contentType, as XDM requires since 2025 (adobe/xdm pull 1998, which Adobe made because events without playerName or channel were dropped); the OpenAPI description also requires playerName and channel, which every Adobe client sends (a warning, SS314, when they are missing). Documented: XDM sessionDetails.
    """

    name: str
    """
    The content's ID (media.id in the Media Collection API).
    """
    friendlyName: NotRequired[str]
    """
    The content's name (media.name).
    """
    length: int
    """
    The content's length in whole seconds (media.length).
    """
    contentType: str
    """
    The kind of stream: vod, live, linear, ugc, dvod, radio, podcast, audiobook or song (media.contentType).
    """
    playerName: NotRequired[str]
    """
    The player's name (media.playerName).
    """
    channel: NotRequired[str]
    """
    The distribution channel (media.channel).
    """
    streamType: NotRequired[Literal['video', 'audio']]
    """
    audio or video.
    """
    hasResume: NotRequired[bool]
    """
    Whether the session resumes an earlier one (media.resume).
    """
    isDownloaded: NotRequired[bool]
    """
    Whether the content was downloaded (media.downloaded).
    """
    appVersion: NotRequired[str]
    """
    The application's version (media.sdkVersion).
    """
    assetID: NotRequired[str]
    """
    The asset's ID (media.assetId).
    """
    show: NotRequired[str]
    """
    Standard metadata: show.
    """
    season: NotRequired[str]
    """
    Standard metadata: season.
    """
    episode: NotRequired[str]
    """
    Standard metadata: episode.
    """
    genre: NotRequired[str]
    """
    Standard metadata: genre.
    """
    firstAirDate: NotRequired[str]
    """
    Standard metadata: firstAirDate.
    """
    firstDigitalDate: NotRequired[str]
    """
    Standard metadata: firstDigitalDate.
    """
    rating: NotRequired[str]
    """
    Standard metadata: rating.
    """
    originator: NotRequired[str]
    """
    Standard metadata: originator.
    """
    network: NotRequired[str]
    """
    Standard metadata: network.
    """
    showType: NotRequired[str]
    """
    Standard metadata: showType.
    """
    adLoad: NotRequired[str]
    """
    Standard metadata: adLoad.
    """
    mvpd: NotRequired[str]
    """
    Standard metadata: mvpd.
    """
    authorized: NotRequired[str]
    """
    Standard metadata: authorized.
    """
    dayPart: NotRequired[str]
    """
    Standard metadata: dayPart.
    """
    feed: NotRequired[str]
    """
    Standard metadata: feed.
    """
    streamFormat: NotRequired[str]
    """
    Standard metadata: streamFormat.
    """
    artist: NotRequired[str]
    """
    Standard metadata: artist.
    """
    album: NotRequired[str]
    """
    Standard metadata: album.
    """
    label: NotRequired[str]
    """
    Standard metadata: label.
    """
    author: NotRequired[str]
    """
    Standard metadata: author.
    """
    station: NotRequired[str]
    """
    Standard metadata: station.
    """
    publisher: NotRequired[str]
    """
    Standard metadata: publisher.
    """


class AdvertisingDetails(TypedDict):
    """
    The ad. Required: name, length and podPosition, as XDM requires since 2025; the OpenAPI description also requires playerName, which Adobe's clients send (a warning, SS314, when it is missing). Documented: XDM advertisingDetails.
    """

    name: str
    """
    The ad's ID (media.ad.id).
    """
    friendlyName: NotRequired[str]
    """
    The ad's name (media.ad.name).
    """
    length: int
    """
    The ad's length in whole seconds (media.ad.length).
    """
    podPosition: int
    """
    The ad's position in its pod, from 1 (media.ad.podPosition).
    """
    playerName: NotRequired[str]
    """
    The player that plays the ad (media.ad.playerName).
    """
    advertiser: NotRequired[str]
    """
    The advertiser (media.ad.advertiser).
    """
    campaignID: NotRequired[str]
    """
    The campaign's ID (media.ad.campaignId).
    """
    creativeID: NotRequired[str]
    """
    The creative's ID (media.ad.creativeId).
    """
    creativeURL: NotRequired[str]
    """
    The creative's URL (media.ad.creativeURL).
    """
    placementID: NotRequired[str]
    """
    The placement's ID (media.ad.placementId).
    """
    siteID: NotRequired[str]
    """
    The site's ID (media.ad.siteId).
    """


class AdvertisingPodDetails(TypedDict):
    """
    The ad break. XDM requires none of its members since 2024; the OpenAPI description requires index and offset, which Adobe's clients send (a warning, SS314, when one is missing). Documented: XDM advertisingPodDetails.
    """

    friendlyName: NotRequired[str]
    """
    The ad break's name (media.ad.podFriendlyName).
    """
    index: NotRequired[int]
    """
    The ad break's index in the content, from 1 (media.ad.podIndex).
    """
    offset: NotRequired[int]
    """
    Where in the content the ad break plays, in whole seconds (media.ad.podSecond).
    """


class ChapterDetails(TypedDict):
    """
    The chapter. XDM requires none of its members since 2024; the OpenAPI description requires index, length and offset, which Adobe's clients send (a warning, SS314, when one is missing). Documented: XDM chapterDetails.
    """

    friendlyName: NotRequired[str]
    """
    The chapter's name (media.chapter.friendlyName).
    """
    index: NotRequired[int]
    """
    The chapter's position, from 1 (media.chapter.index).
    """
    length: NotRequired[int]
    """
    The chapter's length in whole seconds (media.chapter.length).
    """
    offset: NotRequired[int]
    """
    Where in the content the chapter begins, in whole seconds (media.chapter.offset).
    """


class ErrorDetails(TypedDict):
    """
    The error. Documented: XDM errorDetails and the OpenAPI description, which agree.
    """

    name: str
    """
    The error's ID (media.errorId).
    """
    source: Literal['player', 'external']
    """
    Where the error comes from: player or external (media.errorSource).
    """


class PlayerState(TypedDict):
    """
    One player state.
    """

    name: str
    """
    The state's name: fullscreen, mute, closedCaptioning, pictureInPicture, inFocus, or one of the application's own.
    """


class SessionStartMediaCollection(TypedDict):
    """
    mediaCollection of media.sessionStart.
    """

    playhead: int
    """
    Where the player is.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """
    sessionDetails: SessionDetails
    """
    The content of the session.
    """
    customMetadata: NotRequired[EdgeCustomMetadata]
    """
    Custom metadata.
    """


class LiveSessionStartMediaCollection(TypedDict):
    """
    mediaCollection of media.sessionStart.
    """

    playhead: int
    """
    Where the player is.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """
    sessionDetails: SessionDetails
    """
    The content of the session.
    """
    customMetadata: NotRequired[EdgeCustomMetadata]
    """
    Custom metadata.
    """


class EdgeSessionStartXdm(TypedDict):
    """
    The XDM data of a media.sessionStart event.
    """

    eventType: Literal['media.sessionStart']
    timestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: LiveSessionStartMediaCollection
    identityMap: NotRequired[dict[str, Any]]
    """
    The visitor's identities.
    """
    implementationDetails: NotRequired[dict[str, Any]]
    """
    The client that sent it.
    """


class EdgeSessionStartEvent(TypedDict):
    """
    The event.
    """

    xdm: EdgeSessionStartXdm


class EdgeSessionStartBody(TypedDict):
    """
    The body of POST https://edge.adobedc.net/ee/va/v1/sessionStart.
    """

    events: list[EdgeSessionStartEvent]
    meta: NotRequired[dict[str, Any]]
    """
    Overrides of the datastream's configuration.
    """
    query: NotRequired[dict[str, Any]]
    """
    What the answer should hold.
    """


class PlayMediaCollection(TypedDict):
    """
    mediaCollection of media.play.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: NotRequired[str]
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """


class LivePlayMediaCollection(TypedDict):
    """
    mediaCollection of media.play.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: str
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """


class EdgePlayXdm(TypedDict):
    """
    The XDM data of a media.play event.
    """

    eventType: Literal['media.play']
    timestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: LivePlayMediaCollection
    identityMap: NotRequired[dict[str, Any]]
    """
    The visitor's identities.
    """
    implementationDetails: NotRequired[dict[str, Any]]
    """
    The client that sent it.
    """


class EdgePlayEvent(TypedDict):
    """
    The event.
    """

    xdm: EdgePlayXdm


class EdgePlayBody(TypedDict):
    """
    The body of POST https://edge.adobedc.net/ee/va/v1/play.
    """

    events: list[EdgePlayEvent]
    meta: NotRequired[dict[str, Any]]
    """
    Overrides of the datastream's configuration.
    """
    query: NotRequired[dict[str, Any]]
    """
    What the answer should hold.
    """


class PingMediaCollection(TypedDict):
    """
    mediaCollection of media.ping.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: NotRequired[str]
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """


class LivePingMediaCollection(TypedDict):
    """
    mediaCollection of media.ping.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: str
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """


class EdgePingXdm(TypedDict):
    """
    The XDM data of a media.ping event.
    """

    eventType: Literal['media.ping']
    timestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: LivePingMediaCollection
    identityMap: NotRequired[dict[str, Any]]
    """
    The visitor's identities.
    """
    implementationDetails: NotRequired[dict[str, Any]]
    """
    The client that sent it.
    """


class EdgePingEvent(TypedDict):
    """
    The event.
    """

    xdm: EdgePingXdm


class EdgePingBody(TypedDict):
    """
    The body of POST https://edge.adobedc.net/ee/va/v1/ping.
    """

    events: list[EdgePingEvent]
    meta: NotRequired[dict[str, Any]]
    """
    Overrides of the datastream's configuration.
    """
    query: NotRequired[dict[str, Any]]
    """
    What the answer should hold.
    """


class BufferStartMediaCollection(TypedDict):
    """
    mediaCollection of media.bufferStart.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: NotRequired[str]
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """


class LiveBufferStartMediaCollection(TypedDict):
    """
    mediaCollection of media.bufferStart.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: str
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """


class EdgeBufferStartXdm(TypedDict):
    """
    The XDM data of a media.bufferStart event.
    """

    eventType: Literal['media.bufferStart']
    timestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: LiveBufferStartMediaCollection
    identityMap: NotRequired[dict[str, Any]]
    """
    The visitor's identities.
    """
    implementationDetails: NotRequired[dict[str, Any]]
    """
    The client that sent it.
    """


class EdgeBufferStartEvent(TypedDict):
    """
    The event.
    """

    xdm: EdgeBufferStartXdm


class EdgeBufferStartBody(TypedDict):
    """
    The body of POST https://edge.adobedc.net/ee/va/v1/bufferStart.
    """

    events: list[EdgeBufferStartEvent]
    meta: NotRequired[dict[str, Any]]
    """
    Overrides of the datastream's configuration.
    """
    query: NotRequired[dict[str, Any]]
    """
    What the answer should hold.
    """


class PauseStartMediaCollection(TypedDict):
    """
    mediaCollection of media.pauseStart.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: NotRequired[str]
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """


class LivePauseStartMediaCollection(TypedDict):
    """
    mediaCollection of media.pauseStart.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: str
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """


class EdgePauseStartXdm(TypedDict):
    """
    The XDM data of a media.pauseStart event.
    """

    eventType: Literal['media.pauseStart']
    timestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: LivePauseStartMediaCollection
    identityMap: NotRequired[dict[str, Any]]
    """
    The visitor's identities.
    """
    implementationDetails: NotRequired[dict[str, Any]]
    """
    The client that sent it.
    """


class EdgePauseStartEvent(TypedDict):
    """
    The event.
    """

    xdm: EdgePauseStartXdm


class EdgePauseStartBody(TypedDict):
    """
    The body of POST https://edge.adobedc.net/ee/va/v1/pauseStart.
    """

    events: list[EdgePauseStartEvent]
    meta: NotRequired[dict[str, Any]]
    """
    Overrides of the datastream's configuration.
    """
    query: NotRequired[dict[str, Any]]
    """
    What the answer should hold.
    """


class AdBreakStartMediaCollection(TypedDict):
    """
    mediaCollection of media.adBreakStart.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: NotRequired[str]
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """
    advertisingPodDetails: AdvertisingPodDetails
    """
    The ad break that starts.
    """


class LiveAdBreakStartMediaCollection(TypedDict):
    """
    mediaCollection of media.adBreakStart.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: str
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """
    advertisingPodDetails: AdvertisingPodDetails
    """
    The ad break that starts.
    """


class EdgeAdBreakStartXdm(TypedDict):
    """
    The XDM data of a media.adBreakStart event.
    """

    eventType: Literal['media.adBreakStart']
    timestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: LiveAdBreakStartMediaCollection
    identityMap: NotRequired[dict[str, Any]]
    """
    The visitor's identities.
    """
    implementationDetails: NotRequired[dict[str, Any]]
    """
    The client that sent it.
    """


class EdgeAdBreakStartEvent(TypedDict):
    """
    The event.
    """

    xdm: EdgeAdBreakStartXdm


class EdgeAdBreakStartBody(TypedDict):
    """
    The body of POST https://edge.adobedc.net/ee/va/v1/adBreakStart.
    """

    events: list[EdgeAdBreakStartEvent]
    meta: NotRequired[dict[str, Any]]
    """
    Overrides of the datastream's configuration.
    """
    query: NotRequired[dict[str, Any]]
    """
    What the answer should hold.
    """


class AdBreakCompleteMediaCollection(TypedDict):
    """
    mediaCollection of media.adBreakComplete.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: NotRequired[str]
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """


class LiveAdBreakCompleteMediaCollection(TypedDict):
    """
    mediaCollection of media.adBreakComplete.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: str
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """


class EdgeAdBreakCompleteXdm(TypedDict):
    """
    The XDM data of a media.adBreakComplete event.
    """

    eventType: Literal['media.adBreakComplete']
    timestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: LiveAdBreakCompleteMediaCollection
    identityMap: NotRequired[dict[str, Any]]
    """
    The visitor's identities.
    """
    implementationDetails: NotRequired[dict[str, Any]]
    """
    The client that sent it.
    """


class EdgeAdBreakCompleteEvent(TypedDict):
    """
    The event.
    """

    xdm: EdgeAdBreakCompleteXdm


class EdgeAdBreakCompleteBody(TypedDict):
    """
    The body of POST https://edge.adobedc.net/ee/va/v1/adBreakComplete.
    """

    events: list[EdgeAdBreakCompleteEvent]
    meta: NotRequired[dict[str, Any]]
    """
    Overrides of the datastream's configuration.
    """
    query: NotRequired[dict[str, Any]]
    """
    What the answer should hold.
    """


class AdStartMediaCollection(TypedDict):
    """
    mediaCollection of media.adStart.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: NotRequired[str]
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """
    advertisingDetails: AdvertisingDetails
    """
    The ad that starts.
    """
    customMetadata: NotRequired[EdgeCustomMetadata]
    """
    Custom metadata.
    """


class LiveAdStartMediaCollection(TypedDict):
    """
    mediaCollection of media.adStart.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: str
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """
    advertisingDetails: AdvertisingDetails
    """
    The ad that starts.
    """
    customMetadata: NotRequired[EdgeCustomMetadata]
    """
    Custom metadata.
    """


class EdgeAdStartXdm(TypedDict):
    """
    The XDM data of a media.adStart event.
    """

    eventType: Literal['media.adStart']
    timestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: LiveAdStartMediaCollection
    identityMap: NotRequired[dict[str, Any]]
    """
    The visitor's identities.
    """
    implementationDetails: NotRequired[dict[str, Any]]
    """
    The client that sent it.
    """


class EdgeAdStartEvent(TypedDict):
    """
    The event.
    """

    xdm: EdgeAdStartXdm


class EdgeAdStartBody(TypedDict):
    """
    The body of POST https://edge.adobedc.net/ee/va/v1/adStart.
    """

    events: list[EdgeAdStartEvent]
    meta: NotRequired[dict[str, Any]]
    """
    Overrides of the datastream's configuration.
    """
    query: NotRequired[dict[str, Any]]
    """
    What the answer should hold.
    """


class AdCompleteMediaCollection(TypedDict):
    """
    mediaCollection of media.adComplete.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: NotRequired[str]
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """


class LiveAdCompleteMediaCollection(TypedDict):
    """
    mediaCollection of media.adComplete.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: str
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """


class EdgeAdCompleteXdm(TypedDict):
    """
    The XDM data of a media.adComplete event.
    """

    eventType: Literal['media.adComplete']
    timestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: LiveAdCompleteMediaCollection
    identityMap: NotRequired[dict[str, Any]]
    """
    The visitor's identities.
    """
    implementationDetails: NotRequired[dict[str, Any]]
    """
    The client that sent it.
    """


class EdgeAdCompleteEvent(TypedDict):
    """
    The event.
    """

    xdm: EdgeAdCompleteXdm


class EdgeAdCompleteBody(TypedDict):
    """
    The body of POST https://edge.adobedc.net/ee/va/v1/adComplete.
    """

    events: list[EdgeAdCompleteEvent]
    meta: NotRequired[dict[str, Any]]
    """
    Overrides of the datastream's configuration.
    """
    query: NotRequired[dict[str, Any]]
    """
    What the answer should hold.
    """


class AdSkipMediaCollection(TypedDict):
    """
    mediaCollection of media.adSkip.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: NotRequired[str]
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """


class LiveAdSkipMediaCollection(TypedDict):
    """
    mediaCollection of media.adSkip.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: str
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """


class EdgeAdSkipXdm(TypedDict):
    """
    The XDM data of a media.adSkip event.
    """

    eventType: Literal['media.adSkip']
    timestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: LiveAdSkipMediaCollection
    identityMap: NotRequired[dict[str, Any]]
    """
    The visitor's identities.
    """
    implementationDetails: NotRequired[dict[str, Any]]
    """
    The client that sent it.
    """


class EdgeAdSkipEvent(TypedDict):
    """
    The event.
    """

    xdm: EdgeAdSkipXdm


class EdgeAdSkipBody(TypedDict):
    """
    The body of POST https://edge.adobedc.net/ee/va/v1/adSkip.
    """

    events: list[EdgeAdSkipEvent]
    meta: NotRequired[dict[str, Any]]
    """
    Overrides of the datastream's configuration.
    """
    query: NotRequired[dict[str, Any]]
    """
    What the answer should hold.
    """


class ChapterStartMediaCollection(TypedDict):
    """
    mediaCollection of media.chapterStart.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: NotRequired[str]
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """
    chapterDetails: ChapterDetails
    """
    The chapter that starts.
    """
    customMetadata: NotRequired[EdgeCustomMetadata]
    """
    Custom metadata.
    """


class LiveChapterStartMediaCollection(TypedDict):
    """
    mediaCollection of media.chapterStart.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: str
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """
    chapterDetails: ChapterDetails
    """
    The chapter that starts.
    """
    customMetadata: NotRequired[EdgeCustomMetadata]
    """
    Custom metadata.
    """


class EdgeChapterStartXdm(TypedDict):
    """
    The XDM data of a media.chapterStart event.
    """

    eventType: Literal['media.chapterStart']
    timestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: LiveChapterStartMediaCollection
    identityMap: NotRequired[dict[str, Any]]
    """
    The visitor's identities.
    """
    implementationDetails: NotRequired[dict[str, Any]]
    """
    The client that sent it.
    """


class EdgeChapterStartEvent(TypedDict):
    """
    The event.
    """

    xdm: EdgeChapterStartXdm


class EdgeChapterStartBody(TypedDict):
    """
    The body of POST https://edge.adobedc.net/ee/va/v1/chapterStart.
    """

    events: list[EdgeChapterStartEvent]
    meta: NotRequired[dict[str, Any]]
    """
    Overrides of the datastream's configuration.
    """
    query: NotRequired[dict[str, Any]]
    """
    What the answer should hold.
    """


class ChapterCompleteMediaCollection(TypedDict):
    """
    mediaCollection of media.chapterComplete.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: NotRequired[str]
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """


class LiveChapterCompleteMediaCollection(TypedDict):
    """
    mediaCollection of media.chapterComplete.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: str
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """


class EdgeChapterCompleteXdm(TypedDict):
    """
    The XDM data of a media.chapterComplete event.
    """

    eventType: Literal['media.chapterComplete']
    timestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: LiveChapterCompleteMediaCollection
    identityMap: NotRequired[dict[str, Any]]
    """
    The visitor's identities.
    """
    implementationDetails: NotRequired[dict[str, Any]]
    """
    The client that sent it.
    """


class EdgeChapterCompleteEvent(TypedDict):
    """
    The event.
    """

    xdm: EdgeChapterCompleteXdm


class EdgeChapterCompleteBody(TypedDict):
    """
    The body of POST https://edge.adobedc.net/ee/va/v1/chapterComplete.
    """

    events: list[EdgeChapterCompleteEvent]
    meta: NotRequired[dict[str, Any]]
    """
    Overrides of the datastream's configuration.
    """
    query: NotRequired[dict[str, Any]]
    """
    What the answer should hold.
    """


class ChapterSkipMediaCollection(TypedDict):
    """
    mediaCollection of media.chapterSkip.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: NotRequired[str]
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """


class LiveChapterSkipMediaCollection(TypedDict):
    """
    mediaCollection of media.chapterSkip.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: str
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """


class EdgeChapterSkipXdm(TypedDict):
    """
    The XDM data of a media.chapterSkip event.
    """

    eventType: Literal['media.chapterSkip']
    timestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: LiveChapterSkipMediaCollection
    identityMap: NotRequired[dict[str, Any]]
    """
    The visitor's identities.
    """
    implementationDetails: NotRequired[dict[str, Any]]
    """
    The client that sent it.
    """


class EdgeChapterSkipEvent(TypedDict):
    """
    The event.
    """

    xdm: EdgeChapterSkipXdm


class EdgeChapterSkipBody(TypedDict):
    """
    The body of POST https://edge.adobedc.net/ee/va/v1/chapterSkip.
    """

    events: list[EdgeChapterSkipEvent]
    meta: NotRequired[dict[str, Any]]
    """
    Overrides of the datastream's configuration.
    """
    query: NotRequired[dict[str, Any]]
    """
    What the answer should hold.
    """


class BitrateChangeMediaCollection(TypedDict):
    """
    mediaCollection of media.bitrateChange.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: NotRequired[str]
    """
    The session the event belongs to.
    """
    qoeDataDetails: QoeDataDetails | None
    """
    Quality of experience.
    """


class LiveBitrateChangeMediaCollection(TypedDict):
    """
    mediaCollection of media.bitrateChange.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: str
    """
    The session the event belongs to.
    """
    qoeDataDetails: QoeDataDetails | None
    """
    Quality of experience.
    """


class EdgeBitrateChangeXdm(TypedDict):
    """
    The XDM data of a media.bitrateChange event.
    """

    eventType: Literal['media.bitrateChange']
    timestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: LiveBitrateChangeMediaCollection
    identityMap: NotRequired[dict[str, Any]]
    """
    The visitor's identities.
    """
    implementationDetails: NotRequired[dict[str, Any]]
    """
    The client that sent it.
    """


class EdgeBitrateChangeEvent(TypedDict):
    """
    The event.
    """

    xdm: EdgeBitrateChangeXdm


class EdgeBitrateChangeBody(TypedDict):
    """
    The body of POST https://edge.adobedc.net/ee/va/v1/bitrateChange.
    """

    events: list[EdgeBitrateChangeEvent]
    meta: NotRequired[dict[str, Any]]
    """
    Overrides of the datastream's configuration.
    """
    query: NotRequired[dict[str, Any]]
    """
    What the answer should hold.
    """


class ErrorMediaCollection(TypedDict):
    """
    mediaCollection of media.error.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: NotRequired[str]
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """
    errorDetails: ErrorDetails
    """
    The error.
    """


class LiveErrorMediaCollection(TypedDict):
    """
    mediaCollection of media.error.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: str
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """
    errorDetails: ErrorDetails
    """
    The error.
    """


class EdgeErrorXdm(TypedDict):
    """
    The XDM data of a media.error event.
    """

    eventType: Literal['media.error']
    timestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: LiveErrorMediaCollection
    identityMap: NotRequired[dict[str, Any]]
    """
    The visitor's identities.
    """
    implementationDetails: NotRequired[dict[str, Any]]
    """
    The client that sent it.
    """


class EdgeErrorEvent(TypedDict):
    """
    The event.
    """

    xdm: EdgeErrorXdm


class EdgeErrorBody(TypedDict):
    """
    The body of POST https://edge.adobedc.net/ee/va/v1/error.
    """

    events: list[EdgeErrorEvent]
    meta: NotRequired[dict[str, Any]]
    """
    Overrides of the datastream's configuration.
    """
    query: NotRequired[dict[str, Any]]
    """
    What the answer should hold.
    """


class StatesUpdateMediaCollection(TypedDict):
    """
    mediaCollection of media.statesUpdate.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: NotRequired[str]
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """
    statesStart: NotRequired[list[PlayerState]]
    """
    States that start.
    """
    statesEnd: NotRequired[list[PlayerState]]
    """
    States that end.
    """


class LiveStatesUpdateMediaCollection(TypedDict):
    """
    mediaCollection of media.statesUpdate.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: str
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """
    statesStart: NotRequired[list[PlayerState]]
    """
    States that start.
    """
    statesEnd: NotRequired[list[PlayerState]]
    """
    States that end.
    """


class EdgeStatesUpdateXdm(TypedDict):
    """
    The XDM data of a media.statesUpdate event.
    """

    eventType: Literal['media.statesUpdate']
    timestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: LiveStatesUpdateMediaCollection
    identityMap: NotRequired[dict[str, Any]]
    """
    The visitor's identities.
    """
    implementationDetails: NotRequired[dict[str, Any]]
    """
    The client that sent it.
    """


class EdgeStatesUpdateEvent(TypedDict):
    """
    The event.
    """

    xdm: EdgeStatesUpdateXdm


class EdgeStatesUpdateBody(TypedDict):
    """
    The body of POST https://edge.adobedc.net/ee/va/v1/statesUpdate.
    """

    events: list[EdgeStatesUpdateEvent]
    meta: NotRequired[dict[str, Any]]
    """
    Overrides of the datastream's configuration.
    """
    query: NotRequired[dict[str, Any]]
    """
    What the answer should hold.
    """


class SessionCompleteMediaCollection(TypedDict):
    """
    mediaCollection of media.sessionComplete.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: NotRequired[str]
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """


class LiveSessionCompleteMediaCollection(TypedDict):
    """
    mediaCollection of media.sessionComplete.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: str
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """


class EdgeSessionCompleteXdm(TypedDict):
    """
    The XDM data of a media.sessionComplete event.
    """

    eventType: Literal['media.sessionComplete']
    timestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: LiveSessionCompleteMediaCollection
    identityMap: NotRequired[dict[str, Any]]
    """
    The visitor's identities.
    """
    implementationDetails: NotRequired[dict[str, Any]]
    """
    The client that sent it.
    """


class EdgeSessionCompleteEvent(TypedDict):
    """
    The event.
    """

    xdm: EdgeSessionCompleteXdm


class EdgeSessionCompleteBody(TypedDict):
    """
    The body of POST https://edge.adobedc.net/ee/va/v1/sessionComplete.
    """

    events: list[EdgeSessionCompleteEvent]
    meta: NotRequired[dict[str, Any]]
    """
    Overrides of the datastream's configuration.
    """
    query: NotRequired[dict[str, Any]]
    """
    What the answer should hold.
    """


class SessionEndMediaCollection(TypedDict):
    """
    mediaCollection of media.sessionEnd.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: NotRequired[str]
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """


class LiveSessionEndMediaCollection(TypedDict):
    """
    mediaCollection of media.sessionEnd.
    """

    playhead: int
    """
    Where the player is.
    """
    sessionID: str
    """
    The session the event belongs to.
    """
    qoeDataDetails: NotRequired[QoeDataDetails | None]
    """
    Quality of experience.
    """


class EdgeSessionEndXdm(TypedDict):
    """
    The XDM data of a media.sessionEnd event.
    """

    eventType: Literal['media.sessionEnd']
    timestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: LiveSessionEndMediaCollection
    identityMap: NotRequired[dict[str, Any]]
    """
    The visitor's identities.
    """
    implementationDetails: NotRequired[dict[str, Any]]
    """
    The client that sent it.
    """


class EdgeSessionEndEvent(TypedDict):
    """
    The event.
    """

    xdm: EdgeSessionEndXdm


class EdgeSessionEndBody(TypedDict):
    """
    The body of POST https://edge.adobedc.net/ee/va/v1/sessionEnd.
    """

    events: list[EdgeSessionEndEvent]
    meta: NotRequired[dict[str, Any]]
    """
    Overrides of the datastream's configuration.
    """
    query: NotRequired[dict[str, Any]]
    """
    What the answer should hold.
    """


class DownloadedPlayEvent(TypedDict):
    """
    A media.play event of a downloaded session.
    """

    mediaEventType: Literal['media.play']
    mediaEventTimestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: PlayMediaCollection


class DownloadedPingEvent(TypedDict):
    """
    A media.ping event of a downloaded session.
    """

    mediaEventType: Literal['media.ping']
    mediaEventTimestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: PingMediaCollection


class DownloadedBufferStartEvent(TypedDict):
    """
    A media.bufferStart event of a downloaded session.
    """

    mediaEventType: Literal['media.bufferStart']
    mediaEventTimestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: BufferStartMediaCollection


class DownloadedPauseStartEvent(TypedDict):
    """
    A media.pauseStart event of a downloaded session.
    """

    mediaEventType: Literal['media.pauseStart']
    mediaEventTimestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: PauseStartMediaCollection


class DownloadedAdBreakStartEvent(TypedDict):
    """
    A media.adBreakStart event of a downloaded session.
    """

    mediaEventType: Literal['media.adBreakStart']
    mediaEventTimestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: AdBreakStartMediaCollection


class DownloadedAdBreakCompleteEvent(TypedDict):
    """
    A media.adBreakComplete event of a downloaded session.
    """

    mediaEventType: Literal['media.adBreakComplete']
    mediaEventTimestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: AdBreakCompleteMediaCollection


class DownloadedAdStartEvent(TypedDict):
    """
    A media.adStart event of a downloaded session.
    """

    mediaEventType: Literal['media.adStart']
    mediaEventTimestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: AdStartMediaCollection


class DownloadedAdCompleteEvent(TypedDict):
    """
    A media.adComplete event of a downloaded session.
    """

    mediaEventType: Literal['media.adComplete']
    mediaEventTimestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: AdCompleteMediaCollection


class DownloadedAdSkipEvent(TypedDict):
    """
    A media.adSkip event of a downloaded session.
    """

    mediaEventType: Literal['media.adSkip']
    mediaEventTimestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: AdSkipMediaCollection


class DownloadedChapterStartEvent(TypedDict):
    """
    A media.chapterStart event of a downloaded session.
    """

    mediaEventType: Literal['media.chapterStart']
    mediaEventTimestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: ChapterStartMediaCollection


class DownloadedChapterCompleteEvent(TypedDict):
    """
    A media.chapterComplete event of a downloaded session.
    """

    mediaEventType: Literal['media.chapterComplete']
    mediaEventTimestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: ChapterCompleteMediaCollection


class DownloadedChapterSkipEvent(TypedDict):
    """
    A media.chapterSkip event of a downloaded session.
    """

    mediaEventType: Literal['media.chapterSkip']
    mediaEventTimestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: ChapterSkipMediaCollection


class DownloadedBitrateChangeEvent(TypedDict):
    """
    A media.bitrateChange event of a downloaded session.
    """

    mediaEventType: Literal['media.bitrateChange']
    mediaEventTimestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: BitrateChangeMediaCollection


class DownloadedErrorEvent(TypedDict):
    """
    A media.error event of a downloaded session.
    """

    mediaEventType: Literal['media.error']
    mediaEventTimestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: ErrorMediaCollection


class DownloadedStatesUpdateEvent(TypedDict):
    """
    A media.statesUpdate event of a downloaded session.
    """

    mediaEventType: Literal['media.statesUpdate']
    mediaEventTimestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: StatesUpdateMediaCollection


class DownloadedSessionCompleteEvent(TypedDict):
    """
    A media.sessionComplete event of a downloaded session.
    """

    mediaEventType: Literal['media.sessionComplete']
    mediaEventTimestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: SessionCompleteMediaCollection


class DownloadedSessionEndEvent(TypedDict):
    """
    A media.sessionEnd event of a downloaded session.
    """

    mediaEventType: Literal['media.sessionEnd']
    mediaEventTimestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: SessionEndMediaCollection


class DownloadedSessionStartEvent(TypedDict):
    """
    A media.sessionStart event of a downloaded session.
    """

    mediaEventType: Literal['media.sessionStart']
    mediaEventTimestamp: str
    """
    When the event happened: ISO 8601 with a time zone, as Adobe's clients send it (2025-03-14T17:05:12.345Z): a month 01 to 12, a day 01 to 31, an hour 00 to 23, an offset within a day.
    """
    mediaCollection: SessionStartMediaCollection


MediaCollectionBody: TypeAlias = SessionStartBody | EventBody | DownloadedBatch
"""
Any body sent to Adobe's Media Collection API.
"""


DownloadedEvent: TypeAlias = DownloadedSessionStartEvent | DownloadedPlayEvent | DownloadedPingEvent | DownloadedBufferStartEvent | DownloadedPauseStartEvent | DownloadedAdBreakStartEvent | DownloadedAdBreakCompleteEvent | DownloadedAdStartEvent | DownloadedAdCompleteEvent | DownloadedAdSkipEvent | DownloadedChapterStartEvent | DownloadedChapterCompleteEvent | DownloadedChapterSkipEvent | DownloadedBitrateChangeEvent | DownloadedErrorEvent | DownloadedStatesUpdateEvent | DownloadedSessionCompleteEvent | DownloadedSessionEndEvent
"""
An event of a downloaded session.
"""


class EdgeDownloadedXdm(TypedDict):
    """
    The XDM data of a downloaded session: its events, sessionStart first.
    """

    eventType: Literal['media.downloaded']
    identityMap: NotRequired[dict[str, Any]]
    """
    The visitor's identities.
    """
    implementationDetails: NotRequired[dict[str, Any]]
    """
    The client that sent it.
    """
    mediaDownloadedEvents: list[DownloadedSessionStartEvent | DownloadedEvent]


class EdgeDownloadedEvent(TypedDict):
    """
    The event.
    """

    xdm: EdgeDownloadedXdm


class EdgeDownloadedBody(TypedDict):
    """
    The body of POST https://edge.adobedc.net/ee/va/v1/downloaded.
    """

    events: list[EdgeDownloadedEvent]
    meta: NotRequired[dict[str, Any]]
    """
    Overrides of the datastream's configuration.
    """
    query: NotRequired[dict[str, Any]]
    """
    What the answer should hold.
    """


MediaEdgeBody: TypeAlias = EdgeSessionStartBody | EdgePlayBody | EdgePingBody | EdgeBufferStartBody | EdgePauseStartBody | EdgeAdBreakStartBody | EdgeAdBreakCompleteBody | EdgeAdStartBody | EdgeAdCompleteBody | EdgeAdSkipBody | EdgeChapterStartBody | EdgeChapterCompleteBody | EdgeChapterSkipBody | EdgeBitrateChangeBody | EdgeErrorBody | EdgeStatesUpdateBody | EdgeSessionCompleteBody | EdgeSessionEndBody | EdgeDownloadedBody
"""
Any body sent to Adobe's Media Edge API.
"""
