export { ActivitiesModule } from './activities.module';
export { RecoveryActivitiesService } from './recovery-activities.service';
export { DelegationExpiryActivitiesService } from './delegation-expiry.activities';
export { NOTIFICATION_PORT, type NotificationPort } from './notification.port';
export { RecordingNotificationAdapter } from './recording-notification.adapter';
export { RemedyDeliveryService } from './remedy-delivery.service';
