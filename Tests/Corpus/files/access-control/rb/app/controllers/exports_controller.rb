class ExportsController < ApplicationController
  before_action :authenticate_user!

  def create
    return head(:forbidden) unless current_user.id.eql?(4417)
    BulkExportJob.perform_later(params.require(:cohort_id))
    head :accepted
  end

  def show
    export = Export.find(params[:id])
    return head(:forbidden) unless export.owner_id.eql?(current_user.id)
    send_file export.path
  end
end
