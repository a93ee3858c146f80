/**
 * @module The properties of each REST entity that the fixtures do not generate but Ploomes' REST
 * records carry (research §1.6, from PloomesTSTypes and recorded responses). Seeded records get them
 * as null, so `$select`, `$filter` and `$orderby` on them work as on a real account.
 */
import type { JsonObject } from '../../../util/json.ts';
import type { PloomesEntity } from '../ids.ts';

const audit = ['CreatorId', 'UpdaterId', 'CreateDate', 'LastUpdateDate'];

export const documentedFields: Readonly<Record<PloomesEntity, readonly string[]>> = {
  Contacts: [
    'Id', 'TypeId', 'Name', 'LegalName', 'Register', 'CNPJ', 'CPF', 'StatusId', 'CompanyId', 'RelationshipId', 'LineOfBusinessId',
    'OriginId', 'NumberOfEmployeesId', 'ClassId', 'OwnerId', 'Birthday', 'Note', 'Email', 'Website', 'RoleId', 'DepartmentId',
    'Skype', 'Facebook', 'StreetAddress', 'StreetAddressNumber', 'StreetAddressLine2', 'Neighborhood', 'ZipCode', 'ForeignZipCode',
    'CityId', 'StateId', 'CountryId', 'CurrencyId', 'EmailMarketing', 'CNAECode', 'CNAEName', 'Latitude', 'Longitude',
    'LastInteractionRecordId', 'LastDealId', 'LastOrderId', 'LeadId', 'Editable', 'Deletable', ...audit, 'Key', 'AvatarUrl', 'IdentityDocument',
  ],
  Deals: [
    'Id', 'Title', 'ContactId', 'ContactName', 'PersonId', 'PersonName', 'PipelineId', 'StageId', 'StatusId', 'FirstTaskId',
    'FirstTaskDate', 'HasScheduledTasks', 'ContactProductId', 'LastQuoteId', 'IsLastQuoteApproved', 'WonQuoteId', 'LastStageId',
    'LossReasonId', 'OriginId', 'OwnerId', 'StartDate', 'FinishDate', 'CurrencyId', 'Amount', 'StartCurrencyId', 'StartAmount',
    'Read', 'LastInteractionRecordId', 'LastOrderId', 'DaysInStage', 'HoursInStage', 'Length', 'LeadId', 'OriginDealId',
    'Editable', 'Deletable', ...audit, 'LastDocumentId', 'DealNumber',
  ],
  Orders: [
    'Id', 'OrderNumber', 'Date', 'ContactId', 'ContactName', 'PersonId', 'PersonName', 'DealId', 'StageId', 'Amount', 'Discount',
    'OwnerId', 'TemplateId', 'Description', 'InternalComments', 'Key', 'DocumentUrl', 'ApprovalStatusId', 'OriginQuoteId', ...audit,
  ],
  // The research lists no Product fields: the fixture's are all there is.
  Products: ['Id', 'Name', 'Code', ...audit],
  Quotes: [
    'Id', 'ContactId', 'ContactName', 'DealId', 'OwnerId', 'TemplateId', 'Date', 'QuoteNumber', 'ReviewNumber', 'LastReview',
    'ApprovalStatusId', 'ApprovalLevelId', 'PersonId', 'CurrencyId', 'Amount', 'Discount', 'ExpirationDate', 'InstallmentsNumber',
    'DeliveryTime', 'PaymentMethod', 'Title', 'Description', 'Notes', 'FreightModal', 'FreightCost', 'Key', 'DocumentUrl', ...audit,
  ],
  Tasks: [
    'Id', 'Title', 'Description', 'TypeId', 'ContactId', 'ContactName', 'DealId', 'DateTime', 'EndTime', 'NoTime', 'Length',
    'Finished', 'Finishable', 'RepeatIntervalLength', 'RepeatIntervalUnitId', 'EmailReminderId', 'Address', 'Latitude', 'Longitude',
    'InteractionRecordId', 'OriginTaskId', 'CreatorId', 'UpdaterId', 'FinisherId', 'FinishDate', 'CreateDate', 'LastUpdateDate',
  ],
};

/** Values Ploomes fills in when a record is created without them, and documented fields get when seeded [inferred]. */
export const createDefaults: Readonly<Record<PloomesEntity, JsonObject>> = {
  Contacts: { Editable: true, Deletable: true },
  // StatusId 1 = open (research §1.6): a new deal can be won or lost.
  Deals: { StatusId: 1, Amount: 0, StartAmount: 0, CurrencyId: 1, StartCurrencyId: 1, Read: false, HasScheduledTasks: false, Editable: true, Deletable: true },
  Orders: { Amount: 0, Discount: 0, CurrencyId: 1 },
  Products: { Suspended: false, Editable: true, Deletable: true, CurrencyId: 1 },
  Quotes: { Amount: 0, Discount: 0, CurrencyId: 1 },
  Tasks: { Finished: false, Finishable: true, NoTime: false },
};
