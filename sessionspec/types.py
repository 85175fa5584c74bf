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


MediaCollectionBody: TypeAlias = SessionStartBody | EventBody | DownloadedBatch
"""
Any body sent to Adobe's Media Collection API.
"""
